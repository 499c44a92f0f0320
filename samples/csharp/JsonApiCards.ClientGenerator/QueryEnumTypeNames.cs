using NJsonSchema;
using NSwag;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// Names the enums of the <c>include</c> and <c>fields[type]</c> parameters, which the document declares inline in each
/// operation and a generator would otherwise call <c>Anonymous</c>, <c>Anonymous2</c>, ...: <c>fields[credit_cards]</c>
/// gives <c>CreditCardsField</c>, and <c>include</c> <c>CreditCardInclude</c> after the resource the operation returns.
/// Equal enums share one schema, so each becomes one C# type.
/// </summary>
internal static class QueryEnumTypeNames
{
    private static readonly string[] DocumentSuffixes = ["CollectionDocument", "NullableDocument", "Document"];

    public static void Apply(OpenApiDocument document)
    {
        var shared = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var (_, operation) in document.Paths.SelectMany(path => path.Value.Select(method => (method.Key, method.Value))))
        {
            foreach (OpenApiParameter parameter in operation.Parameters)
            {
                if (parameter.Schema?.Item is not { Enumeration.Count: > 0 } items)
                {
                    continue;
                }

                string? typeName = TypeName(parameter.Name, operation, document);
                if (typeName is null)
                {
                    continue;
                }

                string key = typeName + "|" + string.Join(",", items.Enumeration);
                if (!shared.TryGetValue(key, out JsonSchema? schema))
                {
                    items.Title = typeName;
                    shared[key] = schema = items;
                }

                parameter.Schema.Item = schema;
            }
        }
    }

    private static string? TypeName(string parameterName, OpenApiOperation operation, OpenApiDocument document)
    {
        if (parameterName.StartsWith("fields[", StringComparison.Ordinal))
        {
            return QueryParameterNames.PascalCase(parameterName["fields[".Length..]) + "Field";
        }

        if (parameterName == "include")
        {
            string? returned = operation.Responses.Values
                .SelectMany(response => response.Content.Values)
                .Select(content => content.Schema is { } schema ? SchemaName(schema.ActualSchema, document) : null)
                .FirstOrDefault(name => name is not null);
            return returned is null ? null : ResourceName(returned) + "Include";
        }

        return null;
    }

    private static string? SchemaName(JsonSchema schema, OpenApiDocument document) =>
        document.Components.Schemas.FirstOrDefault(pair => pair.Value == schema).Key;

    private static string ResourceName(string documentSchemaName) =>
        DocumentSuffixes.FirstOrDefault(suffix => documentSchemaName.EndsWith(suffix, StringComparison.Ordinal)) is { } suffix
            ? documentSchemaName[..^suffix.Length]
            : documentSchemaName;
}
