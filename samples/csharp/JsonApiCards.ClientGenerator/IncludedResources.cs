using NJsonSchema;
using NSwag;

namespace JsonApiCards.ClientGenerator;

/// <summary>
/// Gives <c>included</c> one C# type, <c>IncludedResource</c>, with <c>type</c>, <c>id</c> and the attributes and
/// relationships as dictionaries. The document declares each included item as a <c>oneOf</c> of the reachable resource
/// objects with a <c>type</c> discriminator, which is right, but NSwag's C# generator only understands discriminators
/// over <c>allOf</c> inheritance: it would type every included item as the first resource of the <c>oneOf</c> and fail
/// to read any other type.
/// </summary>
internal static class IncludedResources
{
    public const string SchemaName = "IncludedResource";

    public static void Apply(OpenApiDocument document)
    {
        JsonSchema includedResource = Schema(document);
        bool used = false;
        foreach (JsonSchema schema in document.Components.Schemas.Values)
        {
            if (schema.Properties.TryGetValue("included", out JsonSchemaProperty? included) && included.Item is { OneOf.Count: > 0 })
            {
                included.Item = new JsonSchema { Reference = includedResource };
                used = true;
            }
        }

        if (used)
        {
            document.Components.Schemas[SchemaName] = includedResource;
        }
    }

    private static JsonSchema Schema(OpenApiDocument document)
    {
        var schema = new JsonSchema
        {
            Type = JsonObjectType.Object,
            Description = "A resource object in `included`, of any type the request's `include` reaches: read `type` to tell which.",
        };
        schema.RequiredProperties.Add("type");
        schema.RequiredProperties.Add("id");
        schema.Properties["type"] = new JsonSchemaProperty { Type = JsonObjectType.String };
        schema.Properties["id"] = new JsonSchemaProperty { Type = JsonObjectType.String };
        schema.Properties["attributes"] = new JsonSchemaProperty { Type = JsonObjectType.Object, AdditionalPropertiesSchema = new JsonSchema() };
        schema.Properties["relationships"] = new JsonSchemaProperty { Type = JsonObjectType.Object, AdditionalPropertiesSchema = new JsonSchema() };
        foreach (string member in new[] { "links", "meta" })
        {
            string componentName = member == "links" ? "Links" : "Meta";
            if (document.Components.Schemas.TryGetValue(componentName, out JsonSchema? component))
            {
                schema.Properties[member] = new JsonSchemaProperty { Reference = component };
            }
        }

        return schema;
    }
}
