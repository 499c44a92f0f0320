namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>A <c>filter[Key]=value</c> parameter declared by a resource definition.</summary>
/// <param name="Key">The name inside the brackets, e.g. <c>created_at_from</c>.</param>
/// <param name="FieldName">The attribute filtered, e.g. <c>created_at</c>, <c>id</c> or a chain through to-one relationships such as <c>order.status</c>.</param>
/// <param name="Kind">How the attribute is compared with the value.</param>
public sealed record SimpleFilter(string Key, string FieldName, SimpleFilterKind Kind);
