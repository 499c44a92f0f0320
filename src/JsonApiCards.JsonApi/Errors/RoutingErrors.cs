using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors for a request that routing matched to no endpoint, or to none for its method.</summary>
internal static class RoutingErrors
{
    /// <summary>The 404 for a path no endpoint answers.</summary>
    public static ErrorObject RouteNotFound(string path) =>
        new(HttpStatusCode.NotFound, ErrorCodes.RouteNotFound, "The requested endpoint does not exist.", $"No endpoint answers '{path}'.");

    /// <summary>The 405 for a method the endpoint at <paramref name="path"/> does not answer.</summary>
    public static ErrorObject MethodNotAllowed(string method, string path) =>
        new(HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed, "The HTTP method is not allowed.", $"'{method}' is not allowed on '{path}'.");
}
