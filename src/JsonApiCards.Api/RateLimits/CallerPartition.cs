using System.Security.Claims;
using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.RateLimits;

/// <summary>Whose bucket a request draws from: the credential it proved, or, without a valid token, the address it came from.</summary>
internal readonly record struct CallerPartition(CallerPartition.Kind By, string Id)
{
    public enum Kind
    {
        Client,
        RemoteAddress,
    }

    /// <summary>Read after authentication, so a malformed, expired or revoked token counts against its address, not the client it names.</summary>
    public static CallerPartition Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.FindFirstValue(AccessTokenClaims.ClientId) is { } clientId
            ? new(Kind.Client, clientId)
            : OfAddress(context);
    }

    public static CallerPartition OfAddress(HttpContext context) =>
        new(Kind.RemoteAddress, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
