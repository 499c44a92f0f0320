using System.Collections;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>The handlers of a resource's relationship-linkage routes.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal static class RelationshipHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
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
            throw new InvalidQueryStringParameterException(request.HttpContext.Request.Query.Keys.First(), "Relationship linkage endpoints take no query parameters; the related-resource endpoint (without /relationships) takes them.");
        }

        return request.FindRelationship(relationship);
    }
}
