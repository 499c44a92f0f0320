using System.Security.Cryptography;
using System.Text;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// Django's CSRF check on the adapter's unsafe methods (POST, PATCH, PUT, DELETE), sign-in included: the
/// <c>x-csrftoken</c> header must equal the <c>csrftoken</c> cookie. A page of another site can make the browser send
/// the cookies, but cannot read them to write the header. Refusals are 403 with Django's reasons.
/// </summary>
internal sealed class CsrfProtection(AkinonMessages messages) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        HttpRequest request = context.HttpContext.Request;
        string? refusal = (request.Cookies[AkinonCookies.Csrf], request.Headers[AkinonCookies.CsrfHeader].ToString()) switch
        {
            (null or "", _) => messages.CsrfCookieNotSet,
            (_, "") => messages.CsrfTokenMissing,
            (var cookie, var header) when !Matches(cookie, header) => messages.CsrfTokenIncorrect,
            _ => null,
        };
        return refusal is null ? next(context) : ValueTask.FromResult<object?>(DrfError.Detail(StatusCodes.Status403Forbidden, refusal));
    }

    private static bool Matches(string cookie, string header) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header));
}
