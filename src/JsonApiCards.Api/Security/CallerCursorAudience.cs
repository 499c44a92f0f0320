using System.Globalization;
using JsonApiCards.JsonApi.Queries.Keyset;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Binds page cursors to what narrows a caller's view: its mode, and the customer a customer token speaks for. A cursor
/// taken in test mode does not page live cards, and one customer's cursor is refused for another.
/// </summary>
internal sealed class CallerCursorAudience : ICursorAudience
{
    public string AudienceOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        CallerContext caller = context.RequestServices.GetRequiredService<CallerContext>();
        return caller.CustomerId is long customerId
            ? string.Create(CultureInfo.InvariantCulture, $"{caller.Mode}/customer/{customerId}")
            : caller.Mode;
    }
}
