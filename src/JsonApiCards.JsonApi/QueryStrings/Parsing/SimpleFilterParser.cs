using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses one value of a declared simple filter (<c>filter[card_type]=visa</c>, <c>filter[ids]=1,2,3</c>) into a comparison
/// of the attribute the filter was resolved to: equal, one of a list, from or to.
/// </summary>
internal static class SimpleFilterParser
{
    /// <summary>What a value of <paramref name="filter"/> looks like, for the message of a missing one.</summary>
    public static string Expected(SimpleFilter filter, ResourceFieldChainExpression target) =>
        filter.Kind == SimpleFilterKind.In ? "a comma-separated list of values" : ConstantConverter.Describe(target.Attribute!.Property.PropertyType) ?? string.Empty;

    /// <summary>Parses <paramref name="text"/>, counting it against <paramref name="limits"/>; throws <see cref="QueryValidationException"/> for a value of the wrong type.</summary>
    public static FilterExpression Parse(SimpleFilter filter, ResourceFieldChainExpression target, string text, FilterSizeLimits limits)
    {
        limits.Count();
        Type type = target.Attribute!.Property.PropertyType;
        string subject = $"'{filter.Key}'";
        return filter.Kind switch
        {
            SimpleFilterKind.Equals => new ComparisonExpression(ComparisonOperator.Equals, target, ConstantConverter.Convert(text, type, subject)),
            SimpleFilterKind.In => new AnyExpression(target, SplitList(text, limits).Select(item => ConstantConverter.Convert(item, type, subject))),
            SimpleFilterKind.From => new ComparisonExpression(ComparisonOperator.GreaterOrEqual, target, ConstantConverter.Convert(text, type, subject)),
            SimpleFilterKind.To => new ComparisonExpression(ComparisonOperator.LessOrEqual, target, ConstantConverter.Convert(text, type, subject)),
            _ => throw new InvalidOperationException($"Unknown simple filter kind '{filter.Kind}'."),
        };
    }

    private static string[] SplitList(string text, FilterSizeLimits limits)
    {
        string[] items = text.Split(',', limits.MaxListLength + 1);
        limits.CheckListLength(items.Length);

        return items.Any(string.IsNullOrEmpty)
            ? throw new QueryValidationException($"'{text}' has an empty item; expected a comma-separated list of values.")
            : items;
    }
}
