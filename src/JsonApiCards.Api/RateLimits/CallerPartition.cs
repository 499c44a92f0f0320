using System.Security.Claims;
using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.RateLimits;

/// <summary>Whose bucket a request draws from: the credential it proved (a customer's token, an integration's, or an API key), or, without a valid token, the address it came from.</summary>
internal readonly record struct CallerPartition(CallerPartition.Kind By, string Id)
{
    public enum Kind
    {
        Client,
        ApiKey,
        Customer,
        RemoteAddress,
    }

    /// <summary>Read after authentication, so a malformed, expired or revoked token counts against its address, not the client it names.</summary>
    public static CallerPartition Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A customer token is the customer's credential, not its integration's: each customer has a bucket of its own.
        if (context.User.FindFirstValue(AccessTokenClaims.CustomerId) is { } customerId)
        {
            return new(Kind.Customer, customerId);
        }

        if (context.User.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) is { } keyId)
        {
            return new(Kind.ApiKey, keyId);
        }

        return context.User.FindFirstValue(AccessTokenClaims.ClientId) is { } clientId
            ? new(Kind.Client, clientId)
            : OfAddress(context);
    }

    public static CallerPartition OfAddress(HttpContext context) =>
        new(Kind.RemoteAddress, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
