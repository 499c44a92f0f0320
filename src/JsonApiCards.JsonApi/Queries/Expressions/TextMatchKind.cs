namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>How a <see cref="MatchTextExpression"/> matches.</summary>
public enum TextMatchKind
{
    /// <summary><c>contains</c></summary>
    Contains,

    /// <summary><c>startsWith</c></summary>
    StartsWith,

    /// <summary><c>endsWith</c></summary>
    EndsWith,
}
