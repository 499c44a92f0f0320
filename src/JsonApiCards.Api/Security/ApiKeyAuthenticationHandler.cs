using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Authenticates <c>Authorization: Api-Key &lt;key&gt;</c> as an integration of the key's mode: the principal carries the
/// same mode claim a bearer token of a client of that mode carries, so <see cref="CallerContext"/> and every scope read it
/// alike. The key is checked against the database on each request, so a disabled key is refused from its next request on.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeys keys)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyAuthentication.KeyOf(Request) is not { } value)
        {
            return AuthenticateResult.NoResult();
        }

        if (await keys.AuthenticateAsync(value, Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("The API key is unknown, malformed or disabled.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(AccessTokenClaims.Mode, key.Mode), new Claim(ApiKeyAuthentication.KeyIdClaim, key.KeyId)],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        if (Options.OnChallenge is { } writeChallenge)
        {
            await writeChallenge(Context, ApiKeyAuthentication.KeyOf(Request) is not null);
        }
    }
}
