using System.Globalization;
using System.Net;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors about a resource a request names: one that does not exist or may not be seen, or one that is not the endpoint's.</summary>
internal static class ResourceErrors
{
    /// <summary>The 404 for a resource the caller asked for by id that does not exist, or that it may not see.</summary>
    public static JsonApiException NotFound(ResourceType resourceType, string id)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.NotFound, ErrorCodes.ResourceNotFound, "The requested resource does not exist.", $"There is no {resourceType.PublicName} with id '{id}'."));
    }

    /// <summary>The 404 for a resource the caller asked for by id that does not exist, or that it may not see.</summary>
    public static JsonApiException NotFound(ResourceType resourceType, long id) => NotFound(resourceType, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The 404 for linkage to a resource that does not exist, pointing at the identifier.</summary>
    public static JsonApiException RelatedNotFound(ResourceType resourceType, string id, string pointer)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new(new ErrorObject(HttpStatusCode.NotFound, ErrorCodes.RelatedResourceNotFound, "A related resource does not exist.", $"There is no {resourceType.PublicName} with id '{id}'.") { Pointer = pointer });
    }

    /// <summary>The 409 for a resource object or resource identifier whose <c>type</c> (<paramref name="actualType"/>) is not the expected one.</summary>
    public static JsonApiException TypeMismatch(ResourceType expectedType, string? actualType, string pointer)
    {
        ArgumentNullException.ThrowIfNull(expectedType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, ErrorCodes.TypeMismatch, "Resource type mismatch.", $"Expected type '{expectedType.PublicName}', not '{actualType}'.") { Pointer = pointer + "/type" });
    }

    /// <summary>The 409 for an update whose body names another id than its URL.</summary>
    public static JsonApiException IdMismatch(string? bodyId, long? urlId) =>
        new(new ErrorObject(HttpStatusCode.Conflict, ErrorCodes.IdMismatch, "Resource id mismatch.", $"The id in the body ('{bodyId}') differs from the id in the URL ('{urlId}').") { Pointer = "/data/id" });

    /// <summary>The 403 for a create that names its own id.</summary>
    public static JsonApiException ClientGeneratedIdNotAllowed(ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.Forbidden, ErrorCodes.ClientGeneratedIdNotAllowed, "Client-generated ids are not supported.", $"The server assigns ids to {resourceType.PublicName}; remove 'id' from the request.") { Pointer = "/data/id" });
    }
}
