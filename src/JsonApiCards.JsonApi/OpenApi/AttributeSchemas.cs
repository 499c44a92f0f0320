using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Namotion.Reflection;
using NJsonSchema;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// The schema of an attribute's value, from its entity property: the JSON type the layer writes it as (the types
/// <c>AttributeValueWriters</c> accepts), its nullability, the values <see cref="AllowedValuesAttribute"/> allows, what
/// a client may do with it (<c>readOnly</c>, <c>writeOnly</c>), and its XML documentation.
/// </summary>
internal static class AttributeSchemas
{
    public static JsonSchemaProperty For(AttrField attribute)
    {
        PropertyInfo property = attribute.Property;
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        JsonSchemaProperty schema = TypeOf(type, property);
        schema.IsNullableRaw = IsNullable(property) ? true : null;
        schema.IsReadOnly = !attribute.Can(AttrCapabilities.AllowCreate) && !attribute.Can(AttrCapabilities.AllowChange);
        schema.IsWriteOnly = !attribute.Can(AttrCapabilities.AllowView);
        schema.Description = Describe(property);

        if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
        {
            foreach (object? value in allowed.Values)
            {
                schema.Enumeration.Add(value);
            }
        }

        return schema;
    }

    /// <summary>The schema of the <c>id</c> of every resource: a decimal number written as a string, as <see cref="ResourceId"/> reads it.</summary>
    public static JsonSchemaProperty Id() => new() { Type = JsonObjectType.String, Pattern = "^(0|[1-9][0-9]*)$", Example = "1" };

    /// <summary>The first sentence-worthy line of the member's XML summary, or null when it has none.</summary>
    public static string? Describe(MemberInfo member)
    {
        string summary = member.GetXmlDocsSummary();
        return string.IsNullOrWhiteSpace(summary) ? null : summary;
    }

    private static JsonSchemaProperty TypeOf(Type type, PropertyInfo property) => type switch
    {
        _ when type == typeof(string) => new() { Type = JsonObjectType.String },
        _ when type == typeof(int) => new() { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer },
        _ when type == typeof(long) => new() { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long },
        _ when type == typeof(decimal) => new() { Type = JsonObjectType.Number },
        _ when type == typeof(bool) => new() { Type = JsonObjectType.Boolean },
        _ when type == typeof(DateTime) => new() { Type = JsonObjectType.String, Format = JsonFormatStrings.DateTime },
        _ when type == typeof(JsonObject) => new() { Type = JsonObjectType.Object, AllowAdditionalProperties = true },
        _ when type == typeof(List<string>) => new() { Type = JsonObjectType.Array, Item = new JsonSchema { Type = JsonObjectType.String } },
        _ => throw new InvalidOperationException($"Attribute '{property.DeclaringType!.Name}.{property.Name}' has type '{type.Name}', which the OpenAPI description does not know."),
    };

    private static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);
}
