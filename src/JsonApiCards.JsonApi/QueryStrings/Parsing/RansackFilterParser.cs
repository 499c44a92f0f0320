using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses one Ransack (Commerce Layer) condition, the part inside <c>filter[q][...]</c>, with its value:
/// <code>
/// condition    = alternatives "_" predicate
/// alternatives = path ("_or_" path)*
/// path         = attribute | relationship "_" path
/// </code>
/// Names contain underscores, so the key is split by matching against the graph's real field names: the longest
/// predicate suffix is tried first, and an exact attribute name is preferred over a relationship prefix.
/// Each attribute of a condition counts one term against the request's <see cref="FilterSizeLimits"/>, and an
/// <c>_in</c> list may not be longer than they allow; the alternatives are counted before the key is split, as splitting
/// a long key tries many ways.
/// Failures throw <see cref="QueryValidationException"/>; the caller knows the parameter name.
/// </summary>
internal static class RansackFilterParser
{
    private static readonly string[] PredicatesLongestFirst =
    [
        "eq_or_null", "not_start", "not_cont", "not_null", "not_end", "present", "not_eq", "not_in",
        "blank", "start", "false", "gteq", "lteq", "cont", "null", "true", "end", "eq", "lt", "gt", "in",
    ];

    /// <summary>Every predicate a condition may end in, in the order a reader looks them up.</summary>
    public static IEnumerable<string> Predicates => PredicatesLongestFirst.Order(StringComparer.Ordinal);

    public static FilterExpression Parse(string condition, string value, ResourceType resourceType, FilterSizeLimits limits)
    {
        limits.Count(CountAlternatives(condition));
        string? unresolvedFields = null;

        foreach (string predicate in PredicatesLongestFirst)
        {
            if (!condition.EndsWith("_" + predicate, StringComparison.Ordinal))
            {
                continue;
            }

            string fieldPart = condition[..^(predicate.Length + 1)];
            List<IReadOnlyList<string>>? alternatives = ParseAlternatives(resourceType, fieldPart);

            if (alternatives is null)
            {
                unresolvedFields ??= fieldPart;
                continue;
            }

            IEnumerable<ResourceFieldChainExpression> targets = alternatives.Select(names => FieldChainResolver.ResolveAttributeChain(resourceType, names, AttrCapabilities.AllowFilter));
            return LogicalExpression.Combine(LogicalOperator.Or, [.. targets.Select(target => ParsePredicate(predicate, target, value, limits))])!;
        }

        throw new QueryValidationException(unresolvedFields is null
            ? $"'{condition}' does not end in a known predicate; expected one of {string.Join(", ", PredicatesLongestFirst.Order(StringComparer.Ordinal).Select(name => "_" + name))}."
            : $"'{unresolvedFields}' does not name an attribute of '{resourceType.PublicName}' (attributes of related resources are written relationship_attribute; alternatives are joined with _or_).");
    }

    private static List<IReadOnlyList<string>>? ParseAlternatives(ResourceType resourceType, string text)
    {
        if (ParsePath(resourceType, text) is { } whole)
        {
            return [whole];
        }

        for (int separator = text.IndexOf("_or_", StringComparison.Ordinal); separator > 0; separator = text.IndexOf("_or_", separator + 1, StringComparison.Ordinal))
        {
            if (ParsePath(resourceType, text[..separator]) is { } first && ParseAlternatives(resourceType, text[(separator + 4)..]) is { } rest)
            {
                return [first, .. rest];
            }
        }

        return null;
    }

    private static List<string>? ParsePath(ResourceType resourceType, string text)
    {
        if (FieldChainResolver.FindAttribute(resourceType, text) is not null)
        {
            return [text];
        }

        foreach (RelationshipField relationship in resourceType.Relationships.OrderByDescending(field => field.PublicName.Length))
        {
            string prefix = relationship.PublicName + "_";

            if (text.StartsWith(prefix, StringComparison.Ordinal) && ParsePath(relationship.RightType, text[prefix.Length..]) is { } rest)
            {
                return [relationship.PublicName, .. rest];
            }
        }

        return null;
    }

    /// <summary>One more than the number of <c>_or_</c> in the key: the most attributes it can name.</summary>
    private static int CountAlternatives(string condition)
    {
        int count = 1;
        for (int index = condition.IndexOf("_or_", StringComparison.Ordinal); index >= 0; index = condition.IndexOf("_or_", index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static FilterExpression ParsePredicate(string predicate, ResourceFieldChainExpression target, string value, FilterSizeLimits limits) => predicate switch
    {
        "eq" => Equal(target, value),
        "not_eq" => new NotExpression(Equal(target, value)),
        "lt" => Compare(ComparisonOperator.LessThan, target, value),
        "lteq" => Compare(ComparisonOperator.LessOrEqual, target, value),
        "gt" => Compare(ComparisonOperator.GreaterThan, target, value),
        "gteq" => Compare(ComparisonOperator.GreaterOrEqual, target, value),
        "in" => In(target, value, limits),
        "not_in" => new NotExpression(In(target, value, limits)),
        "start" => Match(TextMatchKind.StartsWith, target, value),
        "not_start" => new NotExpression(Match(TextMatchKind.StartsWith, target, value)),
        "end" => Match(TextMatchKind.EndsWith, target, value),
        "not_end" => new NotExpression(Match(TextMatchKind.EndsWith, target, value)),
        "cont" => Match(TextMatchKind.Contains, target, value),
        "not_cont" => new NotExpression(Match(TextMatchKind.Contains, target, value)),
        "null" => Negate(IsNull(target), !ParseFlag(value)),
        "not_null" => Negate(IsNull(target), ParseFlag(value)),
        "blank" => ParseFlag(value) ? IsBlank(target) : new NotExpression(IsBlank(target)),
        "present" => ParseFlag(value) ? IsPresent(target) : IsBlank(target),
        "true" => Negate(IsBoolean(target, true), !ParseFlag(value)),
        "false" => Negate(IsBoolean(target, false), !ParseFlag(value)),
        "eq_or_null" => new LogicalExpression(LogicalOperator.Or, [Equal(target, value), IsNull(target)]),
        _ => throw new InvalidOperationException($"Unknown Ransack predicate '{predicate}'."),
    };

    private static ComparisonExpression Equal(ResourceFieldChainExpression target, string value) =>
        new(ComparisonOperator.Equals, target, Convert(target, value));

    private static ComparisonExpression Compare(ComparisonOperator @operator, ResourceFieldChainExpression target, string value)
    {
        if (!ConstantConverter.IsOrdered(target.Attribute!.Property.PropertyType))
        {
            throw new QueryValidationException($"'{target}' cannot be compared with {ComparisonExpression.KeywordOf(@operator)}; only text, numbers and timestamps are ordered.");
        }

        return new ComparisonExpression(@operator, target, Convert(target, value));
    }

    private static AnyExpression In(ResourceFieldChainExpression target, string value, FilterSizeLimits limits)
    {
        string[] items = value.Split(',', limits.MaxListLength + 1);
        limits.CheckListLength(items.Length);

        if (items.Any(string.IsNullOrEmpty))
        {
            throw new QueryValidationException($"'{value}' has an empty item; expected a comma-separated list of values.");
        }

        return new AnyExpression(target, items.Select(item => Convert(target, item)));
    }

    private static MatchTextExpression Match(TextMatchKind matchKind, ResourceFieldChainExpression target, string value) =>
        IsText(target)
            ? new MatchTextExpression(matchKind, target, Convert(target, value))
            : throw new QueryValidationException($"'{target}' is not text; {MatchTextExpression.KeywordOf(matchKind)} matching needs a text attribute.");

    private static ComparisonExpression IsNull(ResourceFieldChainExpression target) =>
        new(ComparisonOperator.Equals, target, NullConstantExpression.Instance);

    /// <summary>Null, or empty text; attributes that are not text cannot be empty, so only null counts.</summary>
    private static FilterExpression IsBlank(ResourceFieldChainExpression target) =>
        IsText(target) ? new LogicalExpression(LogicalOperator.Or, [IsNull(target), EqualsEmptyText(target)]) : IsNull(target);

    private static FilterExpression IsPresent(ResourceFieldChainExpression target) =>
        IsText(target)
            ? new LogicalExpression(LogicalOperator.And, [new NotExpression(IsNull(target)), new NotExpression(EqualsEmptyText(target))])
            : new NotExpression(IsNull(target));

    private static ComparisonExpression EqualsEmptyText(ResourceFieldChainExpression target) =>
        new(ComparisonOperator.Equals, target, new LiteralConstantExpression(string.Empty, string.Empty));

    private static ComparisonExpression IsBoolean(ResourceFieldChainExpression target, bool expected)
    {
        Type type = target.Attribute!.Property.PropertyType;

        return (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool)
            ? new ComparisonExpression(ComparisonOperator.Equals, target, new LiteralConstantExpression(expected, expected ? "true" : "false"))
            : throw new QueryValidationException($"'{target}' is not true or false; _true and _false need a boolean attribute.");
    }

    private static FilterExpression Negate(FilterExpression filter, bool negate) => negate ? new NotExpression(filter) : filter;

    private static bool ParseFlag(string value) => value switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new QueryValidationException($"'{value}' is not a valid value for this predicate; expected true or false (or 1 or 0)."),
    };

    private static bool IsText(ResourceFieldChainExpression target) => target.Attribute!.Property.PropertyType == typeof(string);

    private static LiteralConstantExpression Convert(ResourceFieldChainExpression target, string value) =>
        ConstantConverter.Convert(value, target.Attribute!.Property.PropertyType, $"'{target}'");
}
