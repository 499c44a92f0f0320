using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using NJsonSchema;
using NSwag;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// The schemas of the JSON:API documents, under <c>components/schemas</c>, each added the first time an operation names
/// it: the shared members (<c>links</c>, <c>meta</c>, <c>jsonapi</c>, the error document) and, per resource type, its
/// resource object, relationship objects and request and response documents.
/// </summary>
internal sealed partial class ComponentSchemas(OpenApiDocument document, IncludePaths includePaths)
{
    /// <summary>A reference to the named schema, built by <paramref name="build"/> the first time.</summary>
    private JsonSchemaProperty Named(string name, Func<JsonSchema> build)
    {
        if (!document.Definitions.TryGetValue(name, out JsonSchema? schema))
        {
            schema = build();
            document.Definitions[name] = schema;
        }

        return new JsonSchemaProperty { Reference = schema };
    }

    public JsonSchemaProperty ErrorDocument() => Named("ErrorDocument", () => ObjectOf(
        ("errors", Required(ArrayOf(ErrorObject()))),
        ("meta", Optional(Meta())),
        ("jsonapi", Optional(JsonApiObject()))));

    public JsonSchemaProperty Document(ResourceType type) => Named(OpenApiNames.Of(type) + "Document", () => TopLevel(type, Required(Resource(type)), Links()));

    public JsonSchemaProperty NullableDocument(ResourceType type) => Named(OpenApiNames.Of(type) + "NullableDocument", () => TopLevel(type, RequiredNullable(Resource(type)), Links()));

    public JsonSchemaProperty CollectionDocument(ResourceType type) => Named(OpenApiNames.Of(type) + "CollectionDocument", () =>
    {
        JsonSchemaProperty schema = TopLevel(type, Required(ArrayOf(Resource(type))), Links());
        schema.Properties["meta"] = CollectionMeta();
        return schema;
    });

    public JsonSchemaProperty IdentifierDocument(ResourceType type) => Named(OpenApiNames.Of(type) + "IdentifierDocument", () => ObjectOf(
        ("data", RequiredNullable(Identifier(type))), ("links", Optional(Links())), ("meta", Optional(Meta())), ("jsonapi", Optional(JsonApiObject()))));

    public JsonSchemaProperty IdentifierCollectionDocument(ResourceType type) => Named(OpenApiNames.Of(type) + "IdentifierCollectionDocument", () => ObjectOf(
        ("data", Required(ArrayOf(Identifier(type)))), ("links", Optional(Links())), ("meta", Optional(Meta())), ("jsonapi", Optional(JsonApiObject()))));

    /// <summary>The body that sets a to-one relationship: one identifier, or null to clear it.</summary>
    public JsonSchemaProperty ToOneLinkage(ResourceType type) => Named(OpenApiNames.Of(type) + "ToOneLinkage", () => ObjectOf(("data", RequiredNullable(Identifier(type)))));

    /// <summary>The body that sets, adds to or removes from a to-many relationship: identifiers.</summary>
    public JsonSchemaProperty ToManyLinkage(ResourceType type) => Named(OpenApiNames.Of(type) + "ToManyLinkage", () => ObjectOf(("data", Required(ArrayOf(Identifier(type))))));

    public JsonSchemaProperty CreateRequest(ResourceType type) => Named(OpenApiNames.Of(type) + "CreateRequest", () => ObjectOf(
        ("data", Required(Named(OpenApiNames.Of(type) + "CreateData", () => ObjectOf(
            ("type", Required(TypeName(type))),
            ("attributes", (WritableAttributes(type, AttrCapabilities.AllowCreate, "CreateAttributes"), type.Attributes.Any(attribute => attribute.IsRequiredOnCreate))),
            ("relationships", Optional(WritableRelationships(type, HasManyCapabilities.AllowAdd, "CreateRelationships"))))))),
        ("meta", Optional(Meta()))));

    public JsonSchemaProperty UpdateRequest(ResourceType type) => Named(OpenApiNames.Of(type) + "UpdateRequest", () => ObjectOf(
        ("data", Required(Named(OpenApiNames.Of(type) + "UpdateData", () => ObjectOf(
            ("type", Required(TypeName(type))),
            ("id", Required(AttributeSchemas.Id())),
            ("attributes", Optional(WritableAttributes(type, AttrCapabilities.AllowChange, "UpdateAttributes"))),
            ("relationships", Optional(WritableRelationships(type, HasManyCapabilities.AllowSet, "UpdateRelationships"))))))),
        ("meta", Optional(Meta()))));

    private JsonSchemaProperty TopLevel(ResourceType type, (JsonSchemaProperty Schema, bool IsRequired) data, JsonSchemaProperty links)
    {
        JsonSchemaProperty schema = ObjectOf(("data", data));
        if (Included(type) is { } included)
        {
            schema.Properties["included"] = included;
        }

        schema.Properties["links"] = links;
        schema.Properties["meta"] = Meta();
        schema.Properties["jsonapi"] = JsonApiObject();
        return schema;
    }

    /// <summary>The resources an <c>include</c> of the type may add: one of the resource objects of every type it reaches, told apart by <c>type</c>.</summary>
    private JsonSchemaProperty? Included(ResourceType type)
    {
        IReadOnlyList<ResourceType> types = includePaths.TypesReachedFrom(type);
        if (types.Count == 0)
        {
            return null;
        }

        var item = new JsonSchema { DiscriminatorObject = new OpenApiDiscriminator { PropertyName = "type" } };
        foreach (ResourceType included in types)
        {
            JsonSchemaProperty resource = Resource(included);
            item.OneOf.Add(resource);
            item.DiscriminatorObject.Mapping[included.PublicName] = resource;
        }

        return ArrayOf(item);
    }

    private JsonSchemaProperty Resource(ResourceType type) => Named(OpenApiNames.Of(type) + "Resource", () =>
    {
        JsonSchemaProperty schema = ObjectOf(
            ("type", Required(TypeName(type))),
            ("id", Required(AttributeSchemas.Id())),
            ("attributes", Optional(Attributes(type))));
        if (type.Relationships.Count > 0)
        {
            schema.Properties["relationships"] = Relationships(type);
        }

        schema.Properties["links"] = Links();
        schema.Properties["meta"] = Meta();
        schema.Description = AttributeSchemas.Describe(type.ClrType);
        return schema;
    });

    private JsonSchemaProperty Attributes(ResourceType type) => Named(OpenApiNames.Of(type) + "Attributes", () =>
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.Object };
        foreach (AttrField attribute in type.Attributes)
        {
            schema.Properties[attribute.PublicName] = AttributeSchemas.For(attribute);
        }

        return schema;
    });

    private JsonSchemaProperty WritableAttributes(ResourceType type, AttrCapabilities capability, string suffix) => Named(OpenApiNames.Of(type) + suffix, () =>
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        foreach (AttrField attribute in type.Attributes.Where(attribute => attribute.Can(capability)))
        {
            JsonSchemaProperty property = AttributeSchemas.For(attribute);
            property.IsReadOnly = false;
            schema.Properties[attribute.PublicName] = property;
            if (capability == AttrCapabilities.AllowCreate && attribute.IsRequiredOnCreate)
            {
                schema.RequiredProperties.Add(attribute.PublicName);
            }
        }

        return schema;
    });

    private JsonSchemaProperty Relationships(ResourceType type) => Named(OpenApiNames.Of(type) + "Relationships", () =>
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.Object };
        foreach (RelationshipField relationship in type.Relationships)
        {
            JsonSchemaProperty linkage = relationship.IsToMany ? ArrayOf(Identifier(relationship.RightType)) : Nullable(Identifier(relationship.RightType));
            schema.Properties[relationship.PublicName] = ObjectOf(
                ("links", Optional(RelationshipLinks())), ("data", Optional(linkage)), ("meta", Optional(Meta())));
        }

        return schema;
    });

    /// <summary>The relationships a request may set: every to-one, and the to-many ones that allow <paramref name="toMany"/>.</summary>
    private JsonSchemaProperty WritableRelationships(ResourceType type, HasManyCapabilities toMany, string suffix) => Named(OpenApiNames.Of(type) + suffix, () =>
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        foreach (RelationshipField relationship in type.Relationships.Where(relationship => !relationship.IsToMany || relationship.Can(toMany)))
        {
            schema.Properties[relationship.PublicName] = relationship.IsToMany ? ToManyLinkage(relationship.RightType) : ToOneLinkage(relationship.RightType);
        }

        return schema;
    });

    private JsonSchemaProperty Identifier(ResourceType type) => Named(OpenApiNames.Of(type) + "Identifier", () => ObjectOf(
        ("type", Required(TypeName(type))), ("id", Required(AttributeSchemas.Id())), ("meta", Optional(Meta()))));

    private JsonSchemaProperty ErrorObject() => Named("ErrorObject", () => ObjectOf(
        ("id", Optional(String())),
        ("status", Optional(String("The HTTP status code, as a string."))),
        ("code", Optional(String("The application's error code, listed in the README."))),
        ("title", Optional(String())),
        ("detail", Optional(String())),
        ("source", Optional(ErrorSource())),
        ("meta", Optional(Meta()))));

    private JsonSchemaProperty ErrorSource() => Named("ErrorSource", () => ObjectOf(
        ("pointer", Optional(String("A JSON Pointer to the member of the request document at fault."))),
        ("parameter", Optional(String("The query parameter at fault."))),
        ("header", Optional(String("The request header at fault.")))));

    private JsonSchemaProperty Links() => Named("Links", () => ObjectOf(
        ("self", Optional(Link())), ("related", Optional(Link())), ("first", Optional(Link())),
        ("prev", Optional(Link())), ("next", Optional(Link())), ("last", Optional(Link()))));

    private JsonSchemaProperty RelationshipLinks() => Named("RelationshipLinks", () => ObjectOf(("self", Optional(Link())), ("related", Optional(Link()))));

    private JsonSchemaProperty CollectionMeta() => Named("CollectionMeta", () =>
    {
        JsonSchemaProperty schema = ObjectOf(
            ("record_count", Required(new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Long, Minimum = 0, Description = "How many resources the filter matches, over all pages." })),
            ("page_count", Required(new JsonSchemaProperty { Type = JsonObjectType.Integer, Format = JsonFormatStrings.Integer, Minimum = 0, Description = "How many pages of the requested size hold them." })));
        schema.AllowAdditionalProperties = true;
        return schema;
    });

    private JsonSchemaProperty Meta() => Named("Meta", () => new JsonSchemaProperty { Type = JsonObjectType.Object, AllowAdditionalProperties = true, Description = "Non-standard information." });

    private JsonSchemaProperty JsonApiObject() => Named("Jsonapi", () => ObjectOf(("version", Optional(String()))));

    private static JsonSchemaProperty TypeName(ResourceType type)
    {
        JsonSchemaProperty schema = String();
        schema.Enumeration.Add(type.PublicName);
        return schema;
    }

    private static JsonSchemaProperty Link() => new() { Type = JsonObjectType.String, Format = JsonFormatStrings.Uri };

    private static JsonSchemaProperty String(string? description = null) => new() { Type = JsonObjectType.String, Description = description };

    private static JsonSchemaProperty ArrayOf(JsonSchema item) => new() { Type = JsonObjectType.Array, Item = item };

    // OpenAPI 3.0's `nullable` only counts beside a `type` (3.0.3), and every schema referenced here is an object.
    private static JsonSchemaProperty Nullable(JsonSchemaProperty reference) => new() { Type = JsonObjectType.Object, IsNullableRaw = true, OneOf = { reference } };

    private static (JsonSchemaProperty Schema, bool IsRequired) Required(JsonSchemaProperty schema) => (schema, true);

    private static (JsonSchemaProperty Schema, bool IsRequired) RequiredNullable(JsonSchemaProperty schema) => (Nullable(schema), true);

    private static (JsonSchemaProperty Schema, bool IsRequired) Optional(JsonSchemaProperty schema) => (schema, false);

    private static JsonSchemaProperty ObjectOf(params (string Name, (JsonSchemaProperty Schema, bool IsRequired) Member)[] members)
    {
        var schema = new JsonSchemaProperty { Type = JsonObjectType.Object };
        foreach (var (name, (member, isRequired)) in members)
        {
            schema.Properties[name] = member;
            if (isRequired)
            {
                schema.RequiredProperties.Add(name);
            }
        }

        return schema;
    }
}
