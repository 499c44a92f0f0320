using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors for failures outside the layer's own checks: a request the host would not read, and unexpected exceptions.</summary>
internal static class ServerErrors
{
    /// <summary>The error for a request the host refused to read (<paramref name="status"/> is the host's: 400, or 413 for a body too large).</summary>
    public static ErrorObject UnreadableRequest(HttpStatusCode status) =>
        new(status, ErrorCodes.BadRequest, "The request could not be read.", status == HttpStatusCode.RequestEntityTooLarge ? "The request body is too large." : "The request is malformed.");

    /// <summary>The 500 for an unexpected failure; it says nothing of the server's internals.</summary>
    public static ErrorObject Unexpected() =>
        new(HttpStatusCode.InternalServerError, ErrorCodes.InternalServerError, "An unexpected error occurred.", "The server could not complete the request. It was logged; try again later.");
}
