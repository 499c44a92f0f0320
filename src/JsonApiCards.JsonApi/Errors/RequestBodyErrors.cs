using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors about the request body as a document: missing, too large, not JSON, or not in the JSON:API structure.</summary>
internal static class RequestBodyErrors
{
    /// <summary>The 400 for a request that needs a document but has no body.</summary>
    public static JsonApiException Missing() =>
        new(new ErrorObject(HttpStatusCode.BadRequest, ErrorCodes.MissingRequestBody, "Missing request body.", "This request needs a JSON:API document in its body."));

    /// <summary>The 400 for a body that is not valid JSON, or holds text that is not Unicode.</summary>
    public static JsonApiException Malformed(string detail) =>
        new(new ErrorObject(HttpStatusCode.BadRequest, ErrorCodes.MalformedJson, "Failed to deserialize request body.", detail));

    /// <summary>The 400 for a member that breaks the JSON:API document structure, pointing at it.</summary>
    public static JsonApiException Invalid(string pointer, string detail) =>
        new(new ErrorObject(HttpStatusCode.BadRequest, ErrorCodes.InvalidRequestBody, "Invalid request body.", detail) { Pointer = pointer });

    /// <summary>The 413 for a body longer than <paramref name="limit"/> bytes.</summary>
    public static JsonApiException TooLarge(long limit) =>
        new(new ErrorObject(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestBodyTooLarge, "The request body is too large.", $"Request bodies may not exceed {limit} bytes."));
}
