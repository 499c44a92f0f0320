namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>How a <see cref="SimpleFilter"/> compares its field with the parameter value.</summary>
public enum SimpleFilterKind
{
    /// <summary>The field equals the value: <c>filter[card_type]=visa</c>.</summary>
    Equals,

    /// <summary>The field equals one of a comma-separated list: <c>filter[ids]=1,2,3</c>.</summary>
    In,

    /// <summary>The field is greater than or equal to the value: <c>filter[created_at_from]=2024-01-01</c>.</summary>
    From,

    /// <summary>The field is less than or equal to the value: <c>filter[created_at_to]=2024-12-31</c>.</summary>
    To,
}
