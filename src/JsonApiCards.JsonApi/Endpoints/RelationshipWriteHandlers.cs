using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// The handlers that change a relationship: PATCH replaces it, POST adds to and DELETE removes from a to-many one.
/// A success is 204: the server changes nothing beyond what was asked, so the client's view stays up to date.
/// </summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal static class RelationshipWriteHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
    public static Task<NoContent> SetAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken) =>
        ChangeAsync(id, relationship, WriteOperation.SetRelationship, request, cancellationToken);

    public static Task<NoContent> AddAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken) =>
        ChangeAsync(id, relationship, WriteOperation.AddToRelationship, request, cancellationToken);

    public static Task<NoContent> RemoveAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken) =>
        ChangeAsync(id, relationship, WriteOperation.RemoveFromRelationship, request, cancellationToken);

    private static async Task<NoContent> ChangeAsync(string id, string relationship, WriteOperation operation, JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        long resourceId = request.ParseId(id);
        RelationshipField field = request.FindRelationship(relationship);
        QueryBinding.RequireNone(request, "Requests that change a relationship take no query parameters.");

        // Refuse an unsupported change before reading the body, so that a to-many body sent to a to-one is a 403, not a 400.
        RelationshipChangeRules.EnsureAllowed(field, operation);
        WritePrecondition? precondition = request.ReadPrecondition();
        RelationshipRequest linkage = await request.ReadBodyAsync(bytes => DocumentReader.ReadRelationship(bytes, field), cancellationToken);
        await request.Service.ChangeRelationshipAsync(resourceId, linkage, operation, precondition, cancellationToken);
        return TypedResults.NoContent();
    }
}
