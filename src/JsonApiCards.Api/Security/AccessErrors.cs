using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Security;

/// <summary>The error objects of a request to <c>/api</c> that carries no valid access token.</summary>
internal static class AccessErrors
{
    public static ErrorObject MissingAccessToken() => new(
        HttpStatusCode.Unauthorized,
        ServiceErrorCodes.MissingAccessToken,
        "An access token is required.",
        "Send 'Authorization: Bearer <token>' with a token from POST /oauth/token.");

    public static ErrorObject InvalidAccessToken(bool expired) => new(
        HttpStatusCode.Unauthorized,
        ServiceErrorCodes.InvalidAccessToken,
        "The access token is not valid.",
        expired
            ? "The access token has expired. Get a new one from POST /oauth/token."
            : "The access token is malformed, revoked, of a disabled client, or not issued for this service. Get a new one from POST /oauth/token.");
}
