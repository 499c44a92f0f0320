namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>A <c>filter[key]=value</c> parameter a resource definition declares.</summary>
public sealed record SimpleFilter(string Key, string FieldName, SimpleFilterKind Kind);

/// <summary>How a simple filter compares.</summary>
public enum SimpleFilterKind
{
    /// <summary>The field equals the value.</summary>
    Equals,

    /// <summary>The field is one of a comma-separated list.</summary>
    In,

    /// <summary>The field is greater than or equal to the value.</summary>
    From,

    /// <summary>The field is less than or equal to the value.</summary>
    To,
}
