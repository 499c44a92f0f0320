using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors for failures outside the layer's own checks: a request the host would not read, and unexpected exceptions.</summary>
internal static class ServerErrors
{
    /// <summary>The error for a request the host refused to read (<paramref name="status"/> is the host's: 400, or 413 for a body too large).</summary>
    public static ErrorObject UnreadableRequest(HttpStatusCode status) =>
        new(status, ErrorCodes.BadRequest, "The request could not be read.", status == HttpStatusCode.RequestEntityTooLarge ? "The request body is too large." : "The request is malformed.");

    /// <summary>The error for a database failure a client can act on: a 409 naming the rule a key keeps, or a 503 to retry.</summary>
    public static ErrorObject Database(DatabaseFailure failure, TimeSpan retryAfter) => failure.Kind switch
    {
        DatabaseFailureKind.Busy => new(
            HttpStatusCode.ServiceUnavailable,
            ErrorCodes.DatabaseBusy,
            "The service is busy.",
            $"The database could not take the change now; nothing was saved. Retry after {retryAfter.TotalSeconds:0} seconds."),
        DatabaseFailureKind.UniqueViolation => new(
            HttpStatusCode.Conflict,
            ErrorCodes.Conflict,
            "The change conflicts with existing data.",
            "Another record already holds this value" + (failure.Rule is { } rule ? ": " + rule : ".")),
        _ => new(
            HttpStatusCode.Conflict,
            ErrorCodes.Conflict,
            "The change conflicts with existing data.",
            "The change refers to a record that no longer exists, or removes one that others still refer to."),
    };

    /// <summary>The 500 for an unexpected failure; it says nothing of the server's internals.</summary>
    public static ErrorObject Unexpected() =>
        new(HttpStatusCode.InternalServerError, ErrorCodes.InternalServerError, "An unexpected error occurred.", "The server could not complete the request. It was logged; try again later.");
}
