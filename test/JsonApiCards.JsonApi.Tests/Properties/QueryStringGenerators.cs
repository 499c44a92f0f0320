using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.JsonApi.Tests.Properties;

/// <summary>
/// Query strings generated from a resource graph's real field names: filters in both dialects, sort, include, fields and
/// page parameters, each valid; and the same parameters mutated the ways a hostile or careless client would.
/// </summary>
internal static class QueryStringGenerators
{
    private const int MaxFilterDepth = 3;

    /// <summary>Characters a text constant is made of: letters of both cases, digits, quotes, separators, non-ASCII.</summary>
    private static readonly Gen<char> TextCharacter = Gen.OneOf(Gen.Char["abcAB019 -_.,()'%*é€"], Gen.Char['a', 'z']);

    private static readonly string[] OddFragments =
    [
        "\0", "\uD800", "\uDC00", "\U0001D518", "\u202E", "\uFEFF", "(", ")", ",", "'", "''", ".", "-", "_or_", "[", "]", "=",
        "&", "%", "%00", "\\", "\"", "99999999999999999999999999", "-9223372036854775809", "1e400", "NaN", "null", "true",
        " ", "\t", "\n", "not(", "count(", "equals(", "has(", "isType(", "_eq", "_in", "_null", "🂡", "ǅ", "İ",
    ];

    /// <summary>Valid constant text for an attribute of <paramref name="type"/>.</summary>
    public static Gen<string> Constant(Type type)
    {
        Type valueType = Nullable.GetUnderlyingType(type) ?? type;
        return valueType switch
        {
            _ when valueType == typeof(string) => TextCharacter.Array[0, 6].Select(characters => new string(characters)),
            _ when valueType == typeof(int) || valueType == typeof(long) => Gen.Int[-3, 40].Select(Invariant),
            _ when valueType == typeof(decimal) => Gen.Int[-500, 5_000].Select(cents => (cents / 100m).ToString(CultureInfo.InvariantCulture)),
            _ when valueType == typeof(bool) => Gen.OneOf("true", "false"),
            _ when valueType == typeof(DateTime) => Gen.Select(Gen.Int[0, 1_440], Gen.Bool, (minutes, dateOnly) =>
                dateOnly ? new DateTime(2026, 3, 3).AddDays(minutes % 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                         : new DateTime(2026, 3, 4, 5, 0, 0).AddMinutes(minutes - 720).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException($"No constants of {type}.", nameof(type)),
        };
    }

    /// <summary>A valid <c>filter=</c> expression on <paramref name="resourceType"/>.</summary>
    public static Gen<string> JsonApiFilter(ResourceType resourceType) => JsonApiFilter(resourceType, MaxFilterDepth);

    private static Gen<string> JsonApiFilter(ResourceType resourceType, int depth)
    {
        Gen<string> leaf = Leaf(resourceType, depth);
        if (depth <= 1)
        {
            return leaf;
        }

        Gen<string> inner = Gen.Const(() => JsonApiFilter(resourceType, depth - 1)).SelectMany(generator => generator);
        return Gen.Frequency(
            (4, leaf),
            (1, inner.Select(child => $"not({child})")),
            (2, Gen.Select(Gen.OneOf("and", "or"), inner.Array[2, 3], (function, terms) => $"{function}({string.Join(',', terms)})")));
    }

    private static Gen<string> Leaf(ResourceType resourceType, int depth)
    {
        AttrField[] attributes = Filterable(resourceType);
        List<(int, IGen<string>)> leaves =
        [
            (6, Gen.OneOf(attributes).SelectMany(attribute => Comparison(attribute))),
            (1, Gen.Const($"isType(,{resourceType.PublicName})")),
        ];

        AttrField[] texts = [.. attributes.Where(attribute => attribute.Property.PropertyType == typeof(string))];
        if (texts.Length > 0)
        {
            leaves.Add((2, Gen.Select(Gen.OneOf("contains", "startsWith", "endsWith"), Gen.OneOf(texts), (function, attribute) => (function, attribute))
                .SelectMany(pair => Constant(typeof(string)).Select(text => $"{pair.function}({pair.attribute.PublicName},{Quote(text)})"))));
        }

        leaves.Add((2, Gen.OneOf(attributes).SelectMany(attribute => Constant(attribute.Property.PropertyType).Array[1, 4]
            .Select(constants => $"any({attribute.PublicName},{string.Join(',', constants.Select(Quote))})"))));

        RelationshipField[] toMany = [.. resourceType.Relationships.Where(relationship => relationship.IsToMany && Filterable(relationship.RightType).Length > 0)];
        if (toMany.Length > 0)
        {
            leaves.Add((1, Gen.OneOf(toMany).Select(relationship => $"has({relationship.PublicName})")));
            leaves.Add((1, Gen.Select(Gen.OneOf(toMany), Gen.OneOf("equals", "lessThan", "greaterOrEqual"), Gen.Int[0, 3],
                (relationship, function, count) => $"{function}(count({relationship.PublicName}),'{count}')")));
            if (depth > 1)
            {
                leaves.Add((1, Gen.OneOf(toMany).SelectMany(relationship => JsonApiFilter(relationship.RightType, depth - 1)
                    .Select(filter => $"has({relationship.PublicName},{filter})"))));
            }
        }

        RelationshipField[] toOne = [.. resourceType.Relationships.Where(relationship => !relationship.IsToMany && Filterable(relationship.RightType).Length > 0)];
        if (toOne.Length > 0)
        {
            leaves.Add((2, Gen.OneOf(toOne).SelectMany(relationship => Gen.OneOf(Filterable(relationship.RightType))
                .SelectMany(attribute => Constant(attribute.Property.PropertyType)
                    .Select(constant => $"equals({relationship.PublicName}.{attribute.PublicName},{Quote(constant)})")))));
        }

        return Gen.Frequency([.. leaves]);
    }

    private static Gen<string> Comparison(AttrField attribute)
    {
        Type type = attribute.Property.PropertyType;
        bool ordered = type != typeof(bool) && type != typeof(bool?);
        bool nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        string[] functions = ordered ? ["equals", "lessThan", "lessOrEqual", "greaterThan", "greaterOrEqual"] : ["equals"];

        Gen<string> withConstant = Gen.Select(Gen.OneOf(functions), Constant(type), (function, constant) => $"{function}({attribute.PublicName},{Quote(constant)})");
        return nullable ? Gen.Frequency((4, withConstant), (1, Gen.Const($"equals({attribute.PublicName},null)"))) : withConstant;
    }

    /// <summary>A valid <c>filter[q][attribute_predicate]</c> condition and its value, on <paramref name="resourceType"/>.</summary>
    public static Gen<KeyValuePair<string, StringValues>> RansackCondition(ResourceType resourceType)
    {
        AttrField[] attributes = Filterable(resourceType);
        return Gen.OneOf(attributes).Array[1, 2].SelectMany(alternatives =>
        {
            Type type = alternatives[0].Property.PropertyType;
            AttrField[] sameType = [.. alternatives.Where(attribute => Unwrap(attribute.Property.PropertyType) == Unwrap(type)).DistinctBy(attribute => attribute.PublicName)];
            string fields = string.Join("_or_", sameType.Select(attribute => attribute.PublicName));
            return RansackPredicate(type).Select(pair => new KeyValuePair<string, StringValues>($"filter[q][{fields}_{pair.Predicate}]", pair.Value));
        });
    }

    private static Gen<(string Predicate, string Value)> RansackPredicate(Type type)
    {
        Type valueType = Unwrap(type);
        // A condition needs a value: filter[q][name_eq]= is refused, as a Ransack condition with no value is ignored.
        Gen<string> constant = Constant(type).Where(value => !string.IsNullOrWhiteSpace(value));
        Gen<string> flag = Gen.OneOf("true", "false", "1", "0");
        List<(int, IGen<(string, string)>)> predicates =
        [
            (3, Gen.Select(Gen.OneOf("eq", "not_eq", "eq_or_null"), constant, (predicate, value) => (predicate, value))),
            (2, Gen.Select(Gen.OneOf("in", "not_in"), constant.Where(value => value.Trim().Length == value.Length && !value.Contains(',', StringComparison.Ordinal)).Array[1, 4],
                (predicate, values) => (predicate, string.Join(',', values)))),
            (2, Gen.Select(Gen.OneOf("null", "not_null", "blank", "present"), flag, (predicate, value) => (predicate, value))),
        ];

        if (valueType != typeof(bool))
        {
            predicates.Add((3, Gen.Select(Gen.OneOf("lt", "lteq", "gt", "gteq"), constant, (predicate, value) => (predicate, value))));
        }
        else
        {
            predicates.Add((2, Gen.Select(Gen.OneOf("true", "false"), flag, (predicate, value) => (predicate, value))));
        }

        if (valueType == typeof(string))
        {
            predicates.Add((3, Gen.Select(Gen.OneOf("start", "not_start", "end", "not_end", "cont", "not_cont"), constant, (predicate, value) => (predicate, value))));
        }

        return Gen.Frequency([.. predicates]);
    }

    /// <summary>A valid <c>sort</c> value: distinct sortable attributes, each ascending or descending.</summary>
    public static Gen<string> Sort(ResourceType resourceType) =>
        Subset([.. resourceType.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowSort)).Select(attribute => attribute.PublicName).Prepend("id")], 1, 3)
            .SelectMany(names => Gen.Bool.Array[names.Length].Select(descending => string.Join(',', names.Select((name, index) => descending[index] ? "-" + name : name))));

    /// <summary>A valid <c>include</c> value: includable relationship paths up to two deep.</summary>
    public static Gen<string> Include(ResourceType resourceType)
    {
        string[] paths = [.. IncludePaths(resourceType, prefix: "", depth: 2)];
        return Subset(paths, 1, Math.Min(3, paths.Length)).Select(chosen => string.Join(',', chosen));
    }

    private static IEnumerable<string> IncludePaths(ResourceType resourceType, string prefix, int depth)
    {
        foreach (RelationshipField relationship in resourceType.Relationships.Where(relationship => relationship.CanInclude))
        {
            string path = prefix + relationship.PublicName;
            yield return path;
            if (depth > 1)
            {
                foreach (string deeper in IncludePaths(relationship.RightType, path + ".", depth - 1))
                {
                    yield return deeper;
                }
            }
        }
    }

    /// <summary>A valid <c>fields[type]</c> parameter for the primary type.</summary>
    public static Gen<KeyValuePair<string, StringValues>> Fields(ResourceType resourceType)
    {
        string[] names = [.. resourceType.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowView)).Select(attribute => attribute.PublicName)
            .Concat(resourceType.Relationships.Select(relationship => relationship.PublicName))];
        return Subset(names, 1, 4).Select(chosen => new KeyValuePair<string, StringValues>($"fields[{resourceType.PublicName}]", string.Join(',', chosen)));
    }

    /// <summary>
    /// A whole valid query string of a collection request: any mix of the parameter families, its JSON:API filters passing
    /// through at most as many relationships in <c>has</c> and <c>count</c> over all of them as <paramref name="options"/> allow,
    /// and its page size at most theirs.
    /// </summary>
    public static Gen<List<KeyValuePair<string, StringValues>>> Query(ResourceType resourceType, JsonApiOptions options) =>
        Gen.Select(
            JsonApiFilter(resourceType).Array[0, 2].Where(filters => filters.Sum(Subqueries) <= options.MaxFilterSubqueries)
                .Select(filters => filters.Select(filter => Pair("filter", filter)).ToArray()),
            RansackCondition(resourceType).Array[0, 2],
            Optional(Sort(resourceType).Select(sort => Pair("sort", sort))),
            Optional(Include(resourceType).Select(include => Pair("include", include))),
            Optional(Fields(resourceType)),
            Optional(Gen.Int[1, 50].Select(number => Pair("page[number]", Invariant(number)))),
            Optional(Gen.Int[1, options.MaxPageSize].Select(size => Pair("page[size]", Invariant(size)))),
            (filters, conditions, sort, include, fields, number, size) =>
                Merge([.. filters, .. conditions, .. new[] { sort, include, fields, number, size }.OfType<KeyValuePair<string, StringValues>>()]));

    // The generated paths of has() and count() are one relationship long; a constant that reads "has(" only counts more.
    private static int Subqueries(string filter) => Regex.Count(filter, @"\b(has|count)\(");

    /// <summary>A valid query string with one parameter name or value mutated, or several parameters mutated.</summary>
    public static Gen<List<KeyValuePair<string, StringValues>>> MutatedQuery(ResourceType resourceType, JsonApiOptions options) =>
        Query(resourceType, options).Where(query => query.Count > 0).SelectMany(query => Gen.Int[0, query.Count - 1].Array[1, 3]
            .SelectMany(positions => MutatedPairs(query, positions)));

    private static Gen<List<KeyValuePair<string, StringValues>>> MutatedPairs(List<KeyValuePair<string, StringValues>> query, int[] positions)
    {
        Gen<List<KeyValuePair<string, StringValues>>> result = Gen.Const(() => new List<KeyValuePair<string, StringValues>>(query));
        foreach (int position in positions.Distinct())
        {
            result = result.SelectMany(pairs => Gen.Select(Gen.Bool, Mutation(pairs[position].Key), Mutation(pairs[position].Value.ToString()), (mutateName, name, value) =>
            {
                pairs[position] = mutateName ? Pair(name, pairs[position].Value.ToString()) : Pair(pairs[position].Key, value);
                return pairs;
            }));
        }

        return result.Select(Merge);
    }

    /// <summary>Text changed the ways a careless or hostile client changes it.</summary>
    public static Gen<string> Mutation(string text) => Gen.Frequency(
        (3, Gen.Int[0, text.Length].Select(length => text[..length])),
        (4, Gen.Select(Gen.Int[0, text.Length], Gen.OneOf(OddFragments), (index, fragment) => text.Insert(index, fragment))),
        (2, Gen.Select(Gen.Int[0, text.Length], Gen.Char.Array[1, 4], (index, characters) => text.Insert(index, new string(characters)))),
        (2, SwappedTokens(text)),
        (1, Gen.Byte.Array[0, 24].Select(bytes => System.Text.Encoding.UTF8.GetString(bytes))),
        (1, Gen.Select(Gen.Int[0, text.Length], Gen.Int[0, 8], (index, count) => text[..index] + new string('(', count) + text[index..])),
        (1, Gen.Const(() => text.Replace("'", "", StringComparison.Ordinal))),
        (1, Gen.Const(() => text + "," + text)));

    private static Gen<string> SwappedTokens(string text)
    {
        string[] tokens = System.Text.RegularExpressions.Regex.Split(text, @"([(),.'_\-])");
        if (tokens.Length < 2)
        {
            return Gen.Const(text);
        }

        return Gen.Select(Gen.Int[0, tokens.Length - 1], Gen.Int[0, tokens.Length - 1], (first, second) =>
        {
            string[] swapped = [.. tokens];
            (swapped[first], swapped[second]) = (swapped[second], swapped[first]);
            return string.Concat(swapped);
        });
    }

    public static string Quote(string constant) => "'" + constant.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static AttrField[] Filterable(ResourceType resourceType) =>
        [.. resourceType.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowFilter) && IsConstantType(attribute.Property.PropertyType)).Prepend(resourceType.Id)];

    private static bool IsConstantType(Type type) =>
        Unwrap(type) is var valueType && (valueType == typeof(string) || valueType == typeof(int) || valueType == typeof(long)
            || valueType == typeof(decimal) || valueType == typeof(bool) || valueType == typeof(DateTime));

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Gen<KeyValuePair<string, StringValues>?> Optional(Gen<KeyValuePair<string, StringValues>> generator) =>
        Gen.Frequency((1, Gen.Const((KeyValuePair<string, StringValues>?)null)), (1, generator.Select(pair => (KeyValuePair<string, StringValues>?)pair)));

    private static KeyValuePair<string, StringValues> Pair(string name, string value) => new(name, value);

    private static Gen<string[]> Subset(string[] items, int min, int max) =>
        Gen.Int[0, items.Length - 1].Array[min, max].Select(indexes => indexes.Distinct().Select(index => items[index]).ToArray());

    /// <summary>Parameters of the same name are one parameter with several values, as in <c>HttpRequest.Query</c>.</summary>
    private static List<KeyValuePair<string, StringValues>> Merge(List<KeyValuePair<string, StringValues>> pairs) =>
        [.. pairs.GroupBy(pair => pair.Key, StringComparer.Ordinal).Select(group => Pair(group.Key, group.SelectMany(pair => pair.Value.ToArray()).ToArray()))];

    private static KeyValuePair<string, StringValues> Pair(string name, string?[] values) => new(name, new StringValues(values));

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
