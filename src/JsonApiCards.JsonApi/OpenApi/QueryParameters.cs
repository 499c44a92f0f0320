using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.QueryStrings.Parsing;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using NJsonSchema;
using NSwag;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// The query parameters of a route, typed from the graph and the options: <c>include</c> and <c>fields[type]</c> list what
/// they accept, <c>sort</c> the sortable fields, <c>page</c> its bounds, and <c>filter</c> its dialects with examples.
/// </summary>
internal sealed class QueryParameters(JsonApiOptions options, Func<ResourceType, IReadOnlyList<SimpleFilter>> simpleFiltersOf, IncludePaths includePaths)
{
    /// <summary>The parameters of a request whose primary data is one resource of the type (read, created, updated or related to-one).</summary>
    public IEnumerable<OpenApiParameter> ForSingle(ResourceType type)
    {
        if (includePaths.Of(type) is { Count: > 0 } paths)
        {
            yield return CommaSeparated("include", Strings(paths), $"Related resources to add to `included`, as comma-separated relationship paths (at most {options.MaxIncludeDepth} deep).");
        }

        foreach (ResourceType fieldsetType in IncludePaths.FieldsetTypesOf(type))
        {
            string[] fields = [.. fieldsetType.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowView)).Select(attribute => attribute.PublicName),
                .. fieldsetType.Relationships.Select(relationship => relationship.PublicName)];
            yield return CommaSeparated($"fields[{fieldsetType.PublicName}]", Strings(fields), $"The only fields of `{fieldsetType.PublicName}` resources to return (a sparse fieldset).");
        }
    }

    /// <summary>The parameters of a request whose primary data is a collection of the type.</summary>
    public IEnumerable<OpenApiParameter> ForCollection(ResourceType type)
    {
        foreach (OpenApiParameter parameter in ForSingle(type))
        {
            yield return parameter;
        }

        string example = FilterExample(type);
        yield return Query("filter", new JsonSchema { Type = JsonObjectType.String },
            $"A filter in the JsonApiDotNetCore dialect: functions such as `equals`, `lessThan`, `greaterOrEqual`, `contains`, `startsWith`, `any`, `has`, `count`, `not`, `and`, `or`, e.g. `filter={example}`. Repeated, the filters combine with OR.");

        var ransack = new JsonSchema { Type = JsonObjectType.Object, AdditionalPropertiesSchema = new JsonSchema { Type = JsonObjectType.String } };
        OpenApiParameter conditions = Query("filter[q]", ransack,
            $"Ransack conditions (Commerce Layer's dialect), `filter[q][<attribute>_<predicate>]=value`, combined with AND, e.g. `filter[q][{RansackExampleKey(type)}]={ExampleValue(type)}`; attributes joined by `_or_` match either. Predicates: {string.Join(", ", RansackFilterParser.Predicates.Select(predicate => $"`_{predicate}`"))}.");
        // An empty example: without one, Swagger UI would fill in made-up conditions (`additionalProp1=string`).
        conditions.Example = new Dictionary<string, string>(StringComparer.Ordinal);
        conditions.Style = OpenApiParameterStyle.DeepObject;
        conditions.Explode = true;
        yield return conditions;

        foreach (SimpleFilter filter in simpleFiltersOf(type))
        {
            yield return Query($"filter[{filter.Key}]", new JsonSchema { Type = JsonObjectType.String }, SimpleFilterDescription(filter));
        }

        string[] sortable = [.. new[] { type.Id }.Concat(type.Attributes).Where(attribute => attribute.Can(AttrCapabilities.AllowSort)).Select(attribute => attribute.PublicName)];
        yield return Query("sort", new JsonSchema { Type = JsonObjectType.String },
            $"Comma-separated sort keys, each ascending or, with a leading `-`, descending (at most {options.MaxSortKeys}): {string.Join(", ", sortable.Select(field => $"`{field}`"))}, or `count(<to-many relationship>)`; e.g. `sort=-{sortable[^1]}`.");

        yield return Query("page[number]", new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = 1, Default = 1 },
            $"The page to return, from 1. `page[number]` × `page[size]` may be at most {options.MaxPageOffset.ToString(CultureInfo.InvariantCulture)}: filter to reach further.");
        yield return Query("page[size]", new JsonSchema { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = 1, Maximum = options.MaxPageSize, Default = options.DefaultPageSize },
            "How many resources a page holds.");
        yield return Query("page[after]", new JsonSchema { Type = JsonObjectType.String },
            "Cursor pagination (the JSON:API cursor pagination profile): the page after this opaque cursor, taken from `links.next`. Not with `page[number]`; the response's `Content-Type` names the profile.");
        yield return Query("page[before]", new JsonSchema { Type = JsonObjectType.String },
            "Cursor pagination: the page before this opaque cursor, taken from `links.prev`. Not with `page[after]` or `page[number]`.");
    }

    private static OpenApiParameter CommaSeparated(string name, JsonSchema item, string description)
    {
        OpenApiParameter parameter = Query(name, new JsonSchema { Type = JsonObjectType.Array, Item = item }, description);
        parameter.Style = OpenApiParameterStyle.Form;
        parameter.Explode = false;
        return parameter;
    }

    // The examples are in the descriptions, not in `example`: Swagger UI's "Try it out" fills each parameter's example in,
    // so a first Execute would list only the cards of one brand, sorted, instead of the collection.
    private static OpenApiParameter Query(string name, JsonSchema schema, string description) => new()
    {
        Name = name,
        Kind = OpenApiParameterKind.Query,
        Schema = schema,
        Description = description,
    };

    private static JsonSchema Strings(IEnumerable<string> values)
    {
        var schema = new JsonSchema { Type = JsonObjectType.String };
        foreach (string value in values)
        {
            schema.Enumeration.Add(value);
        }

        return schema;
    }

    /// <summary>The attribute the examples filter by: the first filterable one with allowed values, else the first filterable text, else the id.</summary>
    private static AttrField ExampleAttribute(ResourceType type)
    {
        AttrField[] filterable = [.. type.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowFilter) && attribute.Property.PropertyType == typeof(string))];
        return filterable.FirstOrDefault(attribute => AllowedValuesOf(attribute) is not null) ?? filterable.FirstOrDefault() ?? type.Id;
    }

    private static string ExampleValue(ResourceType type) =>
        ExampleAttribute(type) is var attribute && attribute == type.Id ? "1" : AllowedValuesOf(attribute)?.OfType<string>().FirstOrDefault() ?? "text";

    private static object?[]? AllowedValuesOf(AttrField attribute) => attribute.Property.GetCustomAttribute<AllowedValuesAttribute>()?.Values;

    private static string FilterExample(ResourceType type) => $"equals({ExampleAttribute(type).PublicName},'{ExampleValue(type)}')";

    private static string RansackExampleKey(ResourceType type) => ExampleAttribute(type).PublicName + "_eq";

    private static string SimpleFilterDescription(SimpleFilter filter) => filter.Kind switch
    {
        SimpleFilterKind.Equals => $"Only resources whose `{filter.Key}` equals the value.",
        SimpleFilterKind.In => $"Only resources whose field behind `{filter.Key}` is one of the comma-separated values.",
        SimpleFilterKind.From => $"Only resources whose field behind `{filter.Key}` is at or after the value.",
        SimpleFilterKind.To => $"Only resources whose field behind `{filter.Key}` is at or before the value.",
        _ => $"Filters by `{filter.Key}`.",
    };
}
