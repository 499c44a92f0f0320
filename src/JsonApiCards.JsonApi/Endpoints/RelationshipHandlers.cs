using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>The handlers of a resource's relationship-linkage routes.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal static class RelationshipHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
    /// <summary>Answers the linkage, read as related ids only (a to-many one in id order); the document needs nothing else of either side.</summary>
    public static async Task<JsonApiDocumentResult> GetRelationshipAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, RelatedResourceReader reader, CancellationToken cancellationToken)
    {
        RelationshipField field = Find(request, relationship);
        var owner = new TResource { Id = request.ParseId(id) };
        object? related = await reader.ReadLinkageAsync(request.Service.ScopedQuery, owner.Id, field, request.HttpContext.RequestServices, cancellationToken);
        DocumentContext context = request.CreateDocumentContext();
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteRelationship(writer, context, field, owner, related));
    }

    private static RelationshipField Find(JsonApiRequest<TResource> request, string relationship)
    {
        QueryBinding.RequireNone(request, "Relationship linkage endpoints take no query parameters; the related-resource endpoint (without /relationships) takes them.");

        return request.FindRelationship(relationship);
    }
}
