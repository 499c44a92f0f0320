namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// An error as Ottu (Django REST framework) answers it: <c>{"detail": "..."}</c>, or for invalid input one list of
/// messages per field, <c>{"customer_id": ["This field is required."]}</c>, in the order of the fields.
/// </summary>
internal sealed class OttuError(int status, object body) : DrfErrorResult(status, body)
{
    public static OttuError Invalid(IReadOnlyDictionary<string, string[]> fields) => new(StatusCodes.Status400BadRequest, fields);

    public static OttuError BadRequest(string detail) => Detail(StatusCodes.Status400BadRequest, detail);

    public static OttuError NotAuthenticated() => Detail(StatusCodes.Status401Unauthorized, "Authentication credentials were not provided.");

    public static OttuError IncorrectCredentials() => Detail(StatusCodes.Status401Unauthorized, "Incorrect authentication credentials.");

    public static OttuError WrongType(string type) =>
        Detail(StatusCodes.Status403Forbidden, $"This API key cannot reach '{type}' cards; use a key of that environment.");

    public static OttuError NotFound() => Detail(StatusCodes.Status404NotFound, "Not found.");

    public static OttuError MethodNotAllowed(string method) => Detail(StatusCodes.Status405MethodNotAllowed, $"Method \"{method}\" not allowed.");

    public static OttuError UnsupportedMediaType(string? contentType) =>
        Detail(StatusCodes.Status415UnsupportedMediaType, $"Unsupported media type \"{contentType}\" in request.");

    public static OttuError Unavailable() =>
        Detail(StatusCodes.Status503ServiceUnavailable, "The service is busy; nothing was saved. Try again in a moment.");

    public static OttuError Detail(int status, string detail) => new(status, DetailBody(detail));
}
