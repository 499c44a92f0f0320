using System.Text.Json;
using System.Text.Json.Serialization;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// Sign-in as an Akinon storefront does it: <c>GET /csrf_token/</c> for the CSRF cookie, <c>POST /users/login/</c> with the
/// customer's email and password (the same check as the OAuth password grant, in the adapter's mode) for the session
/// cookie, and <c>POST /users/logout/</c>, which ends the session on every instance.
/// </summary>
internal static class AkinonSignInEndpoints
{
    public static Ok<CsrfTokenResponse> IssueCsrfToken(HttpContext context, AkinonCookies cookies)
    {
        // As Django does, a client keeps its token across calls; only a missing or malformed one is replaced.
        string token = context.Request.Cookies[AkinonCookies.Csrf] is { Length: OpaqueToken.Length } existing && IsToken(existing)
            ? existing
            : OpaqueToken.Create();
        cookies.SetCsrf(context.Response, token);
        return TypedResults.Ok(new CsrfTokenResponse(token));
    }

    public static async Task<Results<Ok<SignInResponse>, DrfError>> SignInAsync(HttpContext context, [AsParameters] SignInServices services, CancellationToken cancellationToken)
    {
        var (body, error) = await AkinonRequestBody.ReadObjectAsync(context.Request, services.Messages, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        using (body)
        {
            var errors = new Dictionary<string, string[]>();
            string? email = AkinonRequestBody.ReadString(body.RootElement, "email", required: true, services.Messages, errors);
            string? password = AkinonRequestBody.ReadString(body.RootElement, "password", required: true, services.Messages, errors);
            if (errors.Count > 0)
            {
                return DrfError.Fields(errors);
            }

            if (services.Limiter.RefusalFor(EmailAddress.Normalize(email)) is { } retryAfterSeconds)
            {
                return AkinonRateLimitPolicy.Throttled(context, retryAfterSeconds);
            }

            string mode = services.Options.Value.Mode;
            Customer? customer = await services.Passwords.AuthenticateAsync(mode, email!, password!, cancellationToken);
            if (customer is null)
            {
                return DrfError.Fields(new Dictionary<string, string[]> { ["non_field_errors"] = [services.Messages.InvalidCredentials] });
            }

            string key = await services.Sessions.StartAsync(customer.Id, mode, cancellationToken);
            services.Cookies.SetSession(context.Response, key);

            // As Django does at login: a token a page script may have leaked before sign-in does not carry into the session.
            services.Cookies.SetCsrf(context.Response, OpaqueToken.Create());
            return TypedResults.Ok(new SignInResponse(key));
        }
    }

    public static async Task<Ok<DetailResponse>> SignOutAsync(HttpContext context, AkinonSessions sessions, AkinonCookies cookies, AkinonMessages messages, CancellationToken cancellationToken)
    {
        if (context.Request.Cookies[AkinonCookies.Session] is { Length: > 0 } key)
        {
            await sessions.EndAsync(key, cancellationToken);
        }

        cookies.DeleteSession(context.Response);
        return TypedResults.Ok(new DetailResponse(messages.LoggedOut));
    }

    private static bool IsToken(string value) => value.All(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_');

    internal sealed record SignInServices(CustomerPasswords Passwords, AkinonSessions Sessions, AkinonCookies Cookies, SignInLimiter Limiter, AkinonMessages Messages, IOptions<AkinonOptions> Options);

    internal sealed record CsrfTokenResponse([property: JsonPropertyName("csrf_token")] string CsrfToken);

    internal sealed record SignInResponse([property: JsonPropertyName("key")] string Key);

    internal sealed record DetailResponse([property: JsonPropertyName("detail")] string Detail);
}
