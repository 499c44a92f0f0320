using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>The errors of the atomic operations extension's own rules: its media type, its document, its local ids and its limit.</summary>
internal static class AtomicOperationErrors
{
    /// <summary>The 415 for a <c>Content-Type</c> that is not the JSON:API media type with the atomic extension.</summary>
    public static JsonApiException UnsupportedMediaType(string mediaType) =>
        new(ContentNegotiationErrors.UnsupportedMediaType(mediaType).Errors[0] with
        {
            Detail = $"Send 'Content-Type: {mediaType}': this endpoint takes atomic operations only, with no media type parameters other than 'ext' and 'profile'.",
        });

    /// <summary>The 406 for an <c>Accept</c> header that admits no JSON:API media type with the atomic extension.</summary>
    public static JsonApiException NotAcceptable(string mediaType) =>
        new(ContentNegotiationErrors.NotAcceptable(mediaType).Errors[0] with { Detail = $"Accept '{mediaType}': this endpoint answers with atomic results only." });

    /// <summary>The 413 for more operations than <paramref name="limit"/>.</summary>
    public static JsonApiException TooMany(int limit, int count) =>
        new(new ErrorObject(
            HttpStatusCode.RequestEntityTooLarge,
            ErrorCodes.TooManyOperations,
            "Too many operations.",
            $"The request holds {count} operations; at most {limit} may be sent in one request.")
        { Pointer = "/atomic:operations" });

    /// <summary>The 400 for an operation that names its target by <c>href</c>, which this server does not resolve.</summary>
    public static JsonApiException HrefNotSupported(string pointer) =>
        RequestBodyErrors.Invalid(pointer, "Operations target resources and relationships by 'ref' ({\"type\", \"id\" or \"lid\", \"relationship\"}); 'href' is not supported.");

    /// <summary>The 400 for a <c>lid</c> that no earlier operation of the request defined.</summary>
    public static JsonApiException UnknownLocalId(string lid, string pointer) =>
        RequestBodyErrors.Invalid(pointer, $"The local id '{lid}' is not defined by an earlier operation: a 'lid' is usable only after the 'add' operation whose resource object declares it.");

    /// <summary>The 400 for a <c>lid</c> used with another type than the resource it names.</summary>
    public static JsonApiException LocalIdTypeMismatch(string lid, string definedType, string? usedType, string pointer) =>
        RequestBodyErrors.Invalid(pointer, $"The local id '{lid}' names a resource of type '{definedType}', not '{usedType}'.");

    /// <summary>The 400 for a <c>lid</c> that an earlier operation already defined.</summary>
    public static JsonApiException LocalIdDefinedTwice(string lid, string pointer) =>
        RequestBodyErrors.Invalid(pointer, $"The local id '{lid}' is already defined by an earlier operation; each 'lid' names one resource.");

    /// <summary>
    /// Moves the pointers of an operation's errors into the request document: a pointer into the operation's own document
    /// (<c>/data/attributes/number</c>, as the single routes and the definitions give it) starts with the operation's place
    /// instead, and an error about the operation as a whole points at the operation.
    /// </summary>
    public static JsonApiException InOperation(JsonApiException exception, int index)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string operation = $"/atomic:operations/{index}";
        return new JsonApiException([.. exception.Errors.Select(error => error switch
        {
            { Pointer: { } pointer } when pointer.StartsWith("/atomic:", StringComparison.Ordinal) => error,
            { Pointer: { } pointer } => error with { Pointer = operation + pointer },
            { Header: null, Parameter: null } => error with { Pointer = operation },
            _ => error,
        })]);
    }
}
