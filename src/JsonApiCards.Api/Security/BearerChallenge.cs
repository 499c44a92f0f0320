using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Middleware;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>
/// The 401 of a route that needs a bearer token, as a JSON:API error document with <c>WWW-Authenticate: Bearer</c>
/// (RFC 6750, 3): without a token the challenge names the scheme only; with one that failed, <c>error="invalid_token"</c>.
/// </summary>
internal static class BearerChallenge
{
    public static Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        HttpResponse response = context.Response;
        Exception? failure = context.AuthenticateFailure;
        response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        ErrorObject error = failure is null
            ? AccessErrors.MissingAccessToken()
            : AccessErrors.InvalidAccessToken(expired: failure is SecurityTokenExpiredException);
        return ErrorDocumentResponse.WriteAsync(response, [error], context.HttpContext.RequestAborted);
    }
}
