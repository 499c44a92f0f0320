using System.Globalization;
using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Security;

/// <summary>The error objects of a request to <c>/api</c> that carries no valid access token, asks what its caller may not do, or comes too often.</summary>
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

    /// <summary>403: what a customer-scoped caller may not do at all (see <see cref="CustomerRestrictions"/>).</summary>
    public static ErrorObject NotAllowedForCustomer(string detail, string? pointer) => new(
        HttpStatusCode.Forbidden,
        ServiceErrorCodes.NotAllowedForCustomer,
        "A customer may not do this.",
        detail)
    {
        Pointer = pointer,
    };

    public static ErrorObject TooManyRequests(int retryAfterSeconds) => new(
        HttpStatusCode.TooManyRequests,
        ServiceErrorCodes.TooManyRequests,
        "Too many requests.",
        $"This credential (or, without a valid token, this address) has sent more requests than its rate limit allows. Retry after {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} seconds.");
}
