namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>contains(field,'text')</c>, <c>startsWith(...)</c> or <c>endsWith(...)</c> on a string attribute.</summary>
public sealed class MatchTextExpression : FilterExpression
{
    /// <summary>Creates a text match.</summary>
    public MatchTextExpression(TextMatchKind matchKind, ResourceFieldChainExpression target, LiteralConstantExpression text)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(text);

        MatchKind = matchKind;
        Target = target;
        TextValue = text;
    }

    /// <summary>How to match.</summary>
    public TextMatchKind MatchKind { get; }

    /// <summary>The string attribute matched.</summary>
    public ResourceFieldChainExpression Target { get; }

    /// <summary>The text searched for.</summary>
    public LiteralConstantExpression TextValue { get; }

    /// <summary>The function name of a match kind, e.g. <c>startsWith</c>.</summary>
    public static string KeywordOf(TextMatchKind matchKind) => matchKind switch
    {
        TextMatchKind.Contains => "contains",
        TextMatchKind.StartsWith => "startsWith",
        TextMatchKind.EndsWith => "endsWith",
        _ => throw new InvalidOperationException($"Unknown text match kind '{matchKind}'."),
    };

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitMatchText(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"{KeywordOf(MatchKind)}({Target},{TextValue})";
}
