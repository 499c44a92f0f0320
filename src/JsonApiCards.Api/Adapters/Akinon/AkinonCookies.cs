using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>The two cookies of an Akinon client, named as Akinon's Django names them.</summary>
internal sealed class AkinonCookies(IOptions<AkinonOptions> options)
{
    /// <summary>The session key (Django's <c>SESSION_COOKIE_NAME</c> on Akinon).</summary>
    public const string Session = "osessionid";

    /// <summary>The CSRF token, which the client's script reads and echoes in <see cref="CsrfHeader"/>.</summary>
    public const string Csrf = "csrftoken";

    public const string CsrfHeader = "x-csrftoken";

    // Django's CSRF_COOKIE_AGE: 52 weeks.
    private static readonly TimeSpan CsrfLifetime = TimeSpan.FromDays(7 * 52);

    public void SetSession(HttpResponse response, string key) =>
        response.Cookies.Append(Session, key, Options(httpOnly: true, options.Value.SessionLifetime));

    public void DeleteSession(HttpResponse response) =>
        response.Cookies.Delete(Session, Options(httpOnly: true, maxAge: null));

    // Not HttpOnly: the page's script reads it to send it back in the header, which a page of another site cannot do.
    public void SetCsrf(HttpResponse response, string token) =>
        response.Cookies.Append(Csrf, token, Options(httpOnly: false, CsrfLifetime));

    private CookieOptions Options(bool httpOnly, TimeSpan? maxAge) => new()
    {
        HttpOnly = httpOnly,
        SameSite = SameSiteMode.Lax,
        Secure = options.Value.SecureCookies,
        Path = "/",
        MaxAge = maxAge,
    };
}
