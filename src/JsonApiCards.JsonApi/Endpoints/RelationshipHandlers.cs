using System.Collections;
using System.Net;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>The handlers of a resource's related-resource and relationship-linkage routes.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal static class RelationshipHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
    public static async Task<JsonApiDocumentResult> GetRelatedAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        var (field, _, related) = await LoadAsync(id, relationship, request, cancellationToken);
        DocumentContext context = request.CreateDocumentContext();
        return new JsonApiDocumentResult(StatusCodes.Status200OK, field.IsToMany
            ? writer => DocumentWriter.WriteCollection(writer, context, field.RightType, (IReadOnlyList<object>)related!, page: null)
            : writer => DocumentWriter.WriteSingle(writer, context, field.RightType, related));
    }

    public static async Task<JsonApiDocumentResult> GetRelationshipAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        var (field, resource, related) = await LoadAsync(id, relationship, request, cancellationToken);
        DocumentContext context = request.CreateDocumentContext();
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteRelationship(writer, context, field, resource, related));
    }

    /// <summary>Loads a resource with one relationship; a to-many relationship comes back as a list in id order.</summary>
    private static async Task<(RelationshipField Field, TResource Resource, object? Related)> LoadAsync(string id, string relationship, JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        RelationshipField field = Find(request, relationship);
        TResource resource = await request.Service.GetWithRelationshipAsync(request.ParseId(id), field, cancellationToken);
        object? related = field.GetValue(resource);
        if (field.IsToMany)
        {
            related = ((IEnumerable?)related)?.Cast<object>().OrderBy(item => ((IIdentifiable)item).Id).ToList() ?? [];
        }

        return (field, resource, related);
    }

    private static RelationshipField Find(JsonApiRequest<TResource> request, string relationship)
    {
        if (request.HttpContext.Request.QueryString.HasValue)
        {
            throw new InvalidQueryStringParameterException(request.HttpContext.Request.Query.Keys.First(), "Relationship endpoints take no query parameters yet.");
        }

        return request.ResourceType.FindRelationship(relationship)
            ?? throw new JsonApiException(new ErrorObject(HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND", "The requested relationship does not exist.", $"{request.ResourceType.PublicName} has no relationship '{relationship}'."));
    }
}
