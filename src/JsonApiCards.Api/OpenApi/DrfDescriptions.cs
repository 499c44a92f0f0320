using NJsonSchema;
using NSwag;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// The parts both adapters' descriptions share, as Django REST framework shapes them: the error bodies
/// (<c>{"detail": "..."}</c>, one list of messages per field) and the way a response or an operation is written down.
/// </summary>
internal sealed class DrfDescriptions
{
    public const string JsonMediaType = "application/json";

    private DrfDescriptions(OpenApiDocument document)
    {
        Document = document;
        DetailError = Define("DrfDetailError", Object(("detail", String("Why the whole request was refused."))));
        FieldErrors = Define("DrfFieldErrors", new JsonSchema
        {
            Type = JsonObjectType.Object,
            Description = "Invalid input: the messages of each field in error (`non_field_errors` for the request as a whole).",
            AdditionalPropertiesSchema = new JsonSchema { Type = JsonObjectType.Array, Item = new JsonSchema { Type = JsonObjectType.String } },
        });
    }

    public OpenApiDocument Document { get; }

    public JsonSchema DetailError { get; }

    public JsonSchema FieldErrors { get; }

    /// <summary>The shared schemas, defined once in <paramref name="document"/> whichever adapter asks first.</summary>
    public static DrfDescriptions Of(OpenApiDocument document) => new(document);

    public JsonSchema Define(string name, JsonSchema schema)
    {
        if (Document.Definitions.TryGetValue(name, out JsonSchema? defined))
        {
            return defined;
        }

        Document.Definitions[name] = schema;
        return schema;
    }

    public static JsonSchema Ref(JsonSchema schema) => new() { Reference = schema };

    public static JsonSchemaProperty Property(JsonObjectType type, string description, string? format = null, bool nullable = false) =>
        new() { Type = type, Description = description, Format = format, IsNullableRaw = nullable ? true : null };

    public static JsonSchemaProperty String(string description) => Property(JsonObjectType.String, description);

    /// <summary>An object whose properties are all always present.</summary>
    public static JsonSchema Object(params (string Name, JsonSchemaProperty Property)[] properties)
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object };
        foreach (var (name, property) in properties)
        {
            schema.Properties[name] = property;
            schema.RequiredProperties.Add(name);
        }

        return schema;
    }

    public static OpenApiResponse Json(string description, JsonSchema schema) => new()
    {
        Description = description,
        Content = { [JsonMediaType] = new OpenApiMediaType { Schema = schema } },
    };

    public OpenApiResponse Detail(string description) => Json(description, Ref(DetailError));

    /// <summary>A 400: the body could not be read (<c>detail</c>) or its fields are invalid.</summary>
    public OpenApiResponse Invalid(string description) =>
        Json(description, new JsonSchema { OneOf = { Ref(DetailError), Ref(FieldErrors) } });

    public static OpenApiResponse WithRetryAfter(OpenApiResponse response)
    {
        response.Headers["Retry-After"] = new OpenApiHeader { Description = "Seconds until the caller may try again.", Schema = new JsonSchema { Type = JsonObjectType.Integer } };
        return response;
    }

    public void Add(string path, string method, OpenApiOperation operation)
    {
        if (!Document.Paths.TryGetValue(path, out OpenApiPathItem? item))
        {
            item = new OpenApiPathItem();
            Document.Paths[path] = item;
        }

        item[method] = operation;
    }

    public static OpenApiParameter PathParameter(string name, JsonSchema schema, string description) => new()
    {
        Name = name,
        Kind = OpenApiParameterKind.Path,
        IsRequired = true,
        Schema = schema,
        Description = description,
    };

    public static OpenApiParameter QueryParameter(string name, JsonSchema schema, string description, bool required) => new()
    {
        Name = name,
        Kind = OpenApiParameterKind.Query,
        IsRequired = required,
        Schema = schema,
        Description = description,
    };
}
