using System.Net;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Data;

/// <summary>The 409 a definition returns when a write or delete would break a rule that ties resources together.</summary>
internal static class DomainConflict
{
    /// <summary>Creates the exception; <paramref name="code"/> is one of <see cref="ServiceErrorCodes"/>.</summary>
    public static JsonApiException Create(string code, string title, string detail, string? pointer = null) =>
        new(new ErrorObject(HttpStatusCode.Conflict, code, title, detail) { Pointer = pointer });
}
