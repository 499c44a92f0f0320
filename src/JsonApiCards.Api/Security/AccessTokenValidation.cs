using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>What makes an access token valid: our issuer and audience, HS256 signed by a configured key named by its <c>kid</c>, and in its lifetime by the service's clock.</summary>
internal static class AccessTokenValidation
{
    public static TokenValidationParameters Parameters(AuthOptions options, SigningKeyRing keys, TimeProvider clock) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKeys = keys.ValidationKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = options.ClockSkew,

        // The lifetime is read on the service's clock (TimeProvider), not the machine's, so tests and benchmarks that fix the time agree with it.
        LifetimeValidator = (notBefore, expires, _, parameters) => IsCurrent(notBefore, expires, parameters.ClockSkew, clock.GetUtcNow().UtcDateTime),
        NameClaimType = AccessTokenClaims.Subject,
    };

    private static bool IsCurrent(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew, DateTime now)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start > now + clockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        if (expires.Value < now - clockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}
