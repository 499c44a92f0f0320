using JsonApiCards.JsonApi.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// What each route declares it answers, in endpoint metadata that API descriptions (OpenAPI) read: the success status the
/// handler returns, with a JSON:API document or none (204), the error statuses it can give (all as JSON:API error
/// documents), and for a route that reads a body, that it takes the JSON:API media type.
/// </summary>
internal static class JsonApiRouteMetadata
{
    // Every route: a bad or refused query parameter (400), an unacceptable Accept header (406), a query string over the
    // limit (414), and an unexpected failure (500).
    private static readonly int[] AnyRoute = [StatusCodes.Status400BadRequest, StatusCodes.Status406NotAcceptable, StatusCodes.Status414UriTooLong, StatusCodes.Status500InternalServerError];

    /// <summary>Errors of a route that names one resource: it may not exist or be out of the caller's scope (404).</summary>
    public static readonly int[] OneResource = [.. AnyRoute, StatusCodes.Status404NotFound];

    /// <summary>Errors of a collection read.</summary>
    public static readonly int[] Collection = AnyRoute;

    /// <summary>
    /// Errors of a route that reads a document: a body of another media type (415) or too large (413), a field that may not
    /// be written (403), a related resource missing (404), a conflict with the URL or the data (409), invalid values (422).
    /// </summary>
    public static readonly int[] Write =
    [
        .. AnyRoute, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
        StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity,
    ];

    /// <summary>Errors of a write that takes <c>If-Match</c> (a change of a resource or of its relationship): those of <see cref="Write"/>, and a stale tag (412).</summary>
    public static readonly int[] ConditionalWrite = [.. Write, StatusCodes.Status412PreconditionFailed];

    /// <summary>
    /// Errors of a delete: a missing resource (404), one the definition keeps (409), a stale <c>If-Match</c> (412), a body of
    /// another media type (415).
    /// </summary>
    public static readonly int[] Delete = [.. OneResource, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType];

    /// <summary>The read answers 304 without a body when <c>If-None-Match</c> names its document's <c>ETag</c>.</summary>
    public static RouteHandlerBuilder AnswersNotModified(this RouteHandlerBuilder route) => route.Produces(StatusCodes.Status304NotModified);

    /// <summary>The route answers <paramref name="status"/> with a JSON:API document, or one of <paramref name="errors"/>.</summary>
    public static RouteHandlerBuilder AnswersDocument(this RouteHandlerBuilder route, int status, int[] errors) =>
        route.Produces(status, responseType: null, JsonApiMediaType.Value).AnswersErrors(errors);

    /// <summary>
    /// The route answers 204 without a body (declared by its <see cref="Microsoft.AspNetCore.Http.HttpResults.NoContent"/>
    /// result), or one of <paramref name="errors"/>.
    /// </summary>
    public static RouteHandlerBuilder AnswersNoContent(this RouteHandlerBuilder route, int[] errors) => route.AnswersErrors(errors);

    /// <summary>The route reads a JSON:API document from the request body.</summary>
    public static RouteHandlerBuilder TakesDocument(this RouteHandlerBuilder route) =>
        route.WithMetadata(new AcceptsMetadata([JsonApiMediaType.Value]));

    /// <summary>Tags the route with the resource type it serves and which of its routes it is.</summary>
    public static RouteHandlerBuilder Describes(this RouteHandlerBuilder route, Resources.ResourceType resourceType, JsonApiRouteKind kind) =>
        route.WithMetadata(new JsonApiRouteDescription(resourceType, kind));

    private static RouteHandlerBuilder AnswersErrors(this RouteHandlerBuilder route, int[] errors)
    {
        foreach (int error in errors)
        {
            route.Produces(error, responseType: null, JsonApiMediaType.Value);
        }

        return route;
    }
}
