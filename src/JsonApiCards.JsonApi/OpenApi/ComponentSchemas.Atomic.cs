using JsonApiCards.JsonApi.Resources;
using NJsonSchema;
using NSwag;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>The documents of the atomic operations extension: the list of operations, and the list of their results.</summary>
internal sealed partial class ComponentSchemas
{
    public JsonSchemaProperty AtomicOperationsRequest(IReadOnlyList<ResourceType> types) => Named("AtomicOperationsRequest", () => ObjectOf(
        ("atomic:operations", Required(ArrayOf(Named("AtomicOperation", () => ObjectOf(
            ("op", Required(Enumeration("What the operation does; with a `ref` that names a relationship, to that relationship's members.", "add", "update", "remove"))),
            ("ref", Optional(AtomicReference(types))),
            ("data", Optional(new JsonSchemaProperty
            {
                Description = "A resource object (`add`, `update`; it may declare or use a `lid` instead of an `id`), or the linkage of the relationship `ref` names (identifiers may name a resource by `lid`). A `remove` of a resource has none.",
            })),
            ("meta", Optional(Meta()))))))),
        ("meta", Optional(Meta())),
        ("jsonapi", Optional(JsonApiObject()))));

    public JsonSchemaProperty AtomicResultsDocument(IReadOnlyList<ResourceType> types) => Named("AtomicResultsDocument", () => ObjectOf(
        ("atomic:results", Required(ArrayOf(Named("AtomicResult", () =>
        {
            var resource = new JsonSchema { DiscriminatorObject = new OpenApiDiscriminator { PropertyName = "type" } };
            foreach (ResourceType type in types)
            {
                JsonSchemaProperty schema = Resource(type);
                resource.OneOf.Add(schema);
                resource.DiscriminatorObject.Mapping[type.PublicName] = schema;
            }

            JsonSchemaProperty result = ObjectOf(("meta", Optional(Meta())));
            result.Properties["data"] = new JsonSchemaProperty { Description = "The resource an `add` or `update` of a resource wrote; absent for every other operation, whose result is `{}`.", OneOf = { resource } };
            return result;
        })))),
        ("jsonapi", Optional(JsonApiObject()))));

    private JsonSchemaProperty AtomicReference(IReadOnlyList<ResourceType> types) => Named("AtomicReference", () => ObjectOf(
        ("type", Required(Enumeration("The resource type.", [.. types.Select(type => type.PublicName)]))),
        ("id", Optional(AttributeSchemas.Id())),
        ("lid", Optional(String("The local id an earlier `add` of the request declared."))),
        ("relationship", Optional(String("A relationship of the resource, for an operation on its members.")))));

    private static JsonSchemaProperty Enumeration(string description, params string[] values)
    {
        JsonSchemaProperty schema = String(description);
        foreach (string value in values)
        {
            schema.Enumeration.Add(value);
        }

        return schema;
    }
}
