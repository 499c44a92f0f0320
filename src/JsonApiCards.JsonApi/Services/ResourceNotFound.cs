using System.Globalization;
using System.Net;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The 404 for a resource the caller asked for by id that does not exist, or that it may not see.</summary>
public static class ResourceNotFound
{
    /// <summary>Creates the exception.</summary>
    public static JsonApiException For(ResourceType resourceType, string id)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.NotFound, "RESOURCE_NOT_FOUND", "The requested resource does not exist.", $"There is no {resourceType.PublicName} with id '{id}'."));
    }

    /// <summary>Creates the exception.</summary>
    public static JsonApiException For(ResourceType resourceType, long id) => For(resourceType, id.ToString(CultureInfo.InvariantCulture));
}
