using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NJsonSchema;
using NSwag;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// The operation of one JSON:API route, for one relationship when the route serves each of them: its id, tag, parameters,
/// request document and a response for every status the route declares, all with the JSON:API media type.
/// </summary>
internal sealed class JsonApiOperations(ComponentSchemas schemas, QueryParameters parameters)
{
    /// <summary>The document's component schemas, which other operations share.</summary>
    public ComponentSchemas Schemas => schemas;

    public OpenApiOperation Create(JsonApiRouteDescription route, RelationshipField? relationship, IReadOnlyList<int> statuses)
    {
        ResourceType type = route.ResourceType;
        var (method, suffix, summary) = Describe(route.Kind, type, relationship);
        var operation = new OpenApiOperation
        {
            OperationId = OpenApiNames.OperationId(method, type, relationship?.PublicName, suffix),
            Summary = summary,
            Tags = [type.PublicName],
        };

        if (route.Kind is not (JsonApiRouteKind.Collection or JsonApiRouteKind.Create))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "id",
                Kind = OpenApiParameterKind.Path,
                IsRequired = true,
                Schema = AttributeSchemas.Id(),
                Description = $"The id of the `{type.PublicName}` resource.",
            });
        }

        foreach (OpenApiParameter parameter in QueryOf(route.Kind, type, relationship))
        {
            operation.Parameters.Add(parameter);
        }

        if (PreconditionOf(route.Kind, relationship) is { } precondition)
        {
            operation.Parameters.Add(precondition);
        }

        if (RequestOf(route.Kind, type, relationship) is { } request)
        {
            operation.RequestBody = new OpenApiRequestBody { IsRequired = true, Content = { [JsonApiMediaType.Value] = new OpenApiMediaType { Schema = request } } };
        }

        foreach (int status in statuses)
        {
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = ResponseOf(status, route.Kind, type, relationship);
        }

        return operation;
    }

    private static (string Method, string? Suffix, string Summary) Describe(JsonApiRouteKind kind, ResourceType type, RelationshipField? relationship) => kind switch
    {
        JsonApiRouteKind.Collection => ("get", "Collection", $"Lists `{type.PublicName}` resources, filtered, sorted and paged."),
        JsonApiRouteKind.Create => ("post", null, $"Creates a `{type.PublicName}` resource."),
        JsonApiRouteKind.Single => ("get", null, $"Reads one `{type.PublicName}` resource."),
        JsonApiRouteKind.Update => ("patch", null, $"Changes the attributes and relationships a request names of one `{type.PublicName}` resource."),
        JsonApiRouteKind.Delete => ("delete", null, $"Deletes one `{type.PublicName}` resource."),
        JsonApiRouteKind.Related => ("get", null, $"Reads the `{relationship!.PublicName}` of one `{type.PublicName}` resource."),
        JsonApiRouteKind.Relationship => ("get", "Relationship", $"Reads which resources the `{relationship!.PublicName}` relationship of one `{type.PublicName}` resource names."),
        JsonApiRouteKind.SetRelationship => ("patch", "Relationship", $"Replaces the `{relationship!.PublicName}` relationship of one `{type.PublicName}` resource."),
        JsonApiRouteKind.AddToRelationship => ("post", "Relationship", $"Adds members to the `{relationship!.PublicName}` relationship of one `{type.PublicName}` resource."),
        JsonApiRouteKind.RemoveFromRelationship => ("delete", "Relationship", $"Removes members from the `{relationship!.PublicName}` relationship of one `{type.PublicName}` resource."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a JSON:API route."),
    };

    private IEnumerable<OpenApiParameter> QueryOf(JsonApiRouteKind kind, ResourceType type, RelationshipField? relationship) => kind switch
    {
        JsonApiRouteKind.Collection => parameters.ForCollection(type),
        JsonApiRouteKind.Create or JsonApiRouteKind.Single or JsonApiRouteKind.Update => parameters.ForSingle(type),
        JsonApiRouteKind.Related => relationship!.IsToMany ? parameters.ForCollection(relationship.RightType) : parameters.ForSingle(relationship.RightType),
        _ => [],
    };

    /// <summary>The read's <c>If-None-Match</c> or the write's <c>If-Match</c>; none for a route that gives no ETag or takes no precondition.</summary>
    private static OpenApiParameter? PreconditionOf(JsonApiRouteKind kind, RelationshipField? relationship) => kind switch
    {
        JsonApiRouteKind.Collection or JsonApiRouteKind.Single or JsonApiRouteKind.Related => Header(
            "If-None-Match",
            "ETags of the document the client holds (or `*`): when one names the current document's (weakly compared), the answer is 304 without a body."),
        JsonApiRouteKind.Update or JsonApiRouteKind.Delete => Header(
            "If-Match",
            "An ETag of the resource (from any GET of it), or `*`: the write goes through only while the resource has not changed since, else 412."),
        JsonApiRouteKind.SetRelationship or JsonApiRouteKind.AddToRelationship or JsonApiRouteKind.RemoveFromRelationship => Header(
            "If-Match",
            $"An ETag of the resource that owns `{relationship!.PublicName}` (from any GET of it), or `*`: the change goes through only while that resource has not changed since, else 412."),
        _ => null,
    };

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        Kind = OpenApiParameterKind.Header,
        IsRequired = false,
        Schema = new JsonSchema { Type = JsonObjectType.String },
        Description = description,
    };

    /// <summary>Whether the route's document carries an <c>ETag</c> (strong for one resource, weak for a collection).</summary>
    private static bool HasEntityTag(JsonApiRouteKind kind) =>
        kind is JsonApiRouteKind.Collection or JsonApiRouteKind.Create or JsonApiRouteKind.Single or JsonApiRouteKind.Update or JsonApiRouteKind.Related;

    private static OpenApiHeader EntityTagHeader(JsonApiRouteKind kind, RelationshipField? relationship) => new()
    {
        Description = kind is JsonApiRouteKind.Collection || relationship?.IsToMany == true
            ? "A weak ETag of the collection document (`W/\"...\"`), for `If-None-Match`."
            : "A strong ETag of the document (`\"{version}-{digest}\"`), for `If-None-Match`, and for `If-Match` on writes of the resource while its version is unchanged.",
        Schema = new JsonSchema { Type = JsonObjectType.String },
    };

    private JsonSchemaProperty? RequestOf(JsonApiRouteKind kind, ResourceType type, RelationshipField? relationship) => kind switch
    {
        JsonApiRouteKind.Create => schemas.CreateRequest(type),
        JsonApiRouteKind.Update => schemas.UpdateRequest(type),
        JsonApiRouteKind.SetRelationship or JsonApiRouteKind.AddToRelationship or JsonApiRouteKind.RemoveFromRelationship =>
            relationship!.IsToMany ? schemas.ToManyLinkage(relationship.RightType) : schemas.ToOneLinkage(relationship.RightType),
        _ => null,
    };

    private OpenApiResponse ResponseOf(int status, JsonApiRouteKind kind, ResourceType type, RelationshipField? relationship)
    {
        var response = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(status) };
        JsonSchema? document = status switch
        {
            StatusCodes.Status204NoContent or StatusCodes.Status304NotModified => null,
            >= 400 => schemas.ErrorDocument(),
            _ => kind switch
            {
                JsonApiRouteKind.Collection => schemas.CollectionDocument(type),
                JsonApiRouteKind.Related => relationship!.IsToMany ? schemas.CollectionDocument(relationship.RightType) : schemas.NullableDocument(relationship.RightType),
                JsonApiRouteKind.Relationship => relationship!.IsToMany ? schemas.IdentifierCollectionDocument(relationship.RightType) : schemas.IdentifierDocument(relationship.RightType),
                _ => schemas.Document(type),
            },
        };

        if (document is not null)
        {
            response.Content[JsonApiMediaType.Value] = new OpenApiMediaType { Schema = document };
        }

        if (HasEntityTag(kind) && status is StatusCodes.Status200OK or StatusCodes.Status201Created or StatusCodes.Status304NotModified)
        {
            response.Headers["ETag"] = EntityTagHeader(kind, relationship);
        }

        if (status == StatusCodes.Status201Created)
        {
            response.Headers["Location"] = new OpenApiHeader { Description = "The URL of the created resource.", Schema = new JsonSchema { Type = JsonObjectType.String, Format = JsonFormatStrings.Uri } };
        }

        return response;
    }
}
