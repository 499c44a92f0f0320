using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using JsonApiCards.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// The <c>osessionid</c> cookie as a caller: a live session becomes the same claims a customer token carries (mode and
/// customer), so <see cref="CallerContext"/> and every definition's scope treat it as that customer. A missing, unknown,
/// expired or ended session is no caller at all, and the challenge is DRF's 401.
/// </summary>
internal sealed class AkinonSessionAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AkinonSession";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Cookies[AkinonCookies.Session] is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }

        var session = await Context.RequestServices.GetRequiredService<AkinonSessions>().FindAsync(key, Context.RequestAborted);
        if (session is not var (mode, customerId))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = new ClaimsIdentity(
            [new Claim(AccessTokenClaims.Mode, mode), new Claim(AccessTokenClaims.CustomerId, customerId.ToString(CultureInfo.InvariantCulture))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        DrfError.Detail(StatusCodes.Status401Unauthorized, Messages.NotAuthenticated).ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        DrfError.Detail(StatusCodes.Status403Forbidden, Messages.PermissionDenied).ExecuteAsync(Context);

    private AkinonMessages Messages => Context.RequestServices.GetRequiredService<AkinonMessages>();
}
