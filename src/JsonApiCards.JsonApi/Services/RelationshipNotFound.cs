using System.Net;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The 404 for a relationship endpoint whose relationship the resource type does not have.</summary>
public static class RelationshipNotFound
{
    /// <summary>Creates the exception.</summary>
    public static JsonApiException For(ResourceType resourceType, string relationship)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.NotFound, "RELATIONSHIP_NOT_FOUND", "The requested relationship does not exist.", $"{resourceType.PublicName} has no relationship '{relationship}'."));
    }
}
