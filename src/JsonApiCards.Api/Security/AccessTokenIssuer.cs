using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>Signs access tokens (JWT, HS256, with the active key's <c>kid</c>) for authenticated clients.</summary>
internal sealed class AccessTokenIssuer(SigningKeyRing keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>
    /// A token for the client (client credentials) or, given <paramref name="customerId"/>, for that customer of the client's
    /// mode (the password grant): the customer's token names the customer beside the mode, and is revoked with its client.
    /// </summary>
    public IssuedToken Issue(ApiClient client, long? customerId = null, int credentialsVersion = 0)
    {
        ArgumentNullException.ThrowIfNull(client);
        AuthOptions auth = options.Value;
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        string scope = customerId is long customer ? AccessTokenClaims.ScopeOf(client.Mode, customer) : AccessTokenClaims.ScopeOf(client.Mode);
        List<Claim> claims =
        [
            new Claim(AccessTokenClaims.TokenId, ClientSecrets.Generate()),
            new Claim(AccessTokenClaims.Subject, customerId is long subject ? $"customer:{subject.ToString(CultureInfo.InvariantCulture)}" : client.ClientId),
            new Claim(AccessTokenClaims.ClientId, client.ClientId),
            new Claim(AccessTokenClaims.Mode, client.Mode),
            new Claim(AccessTokenClaims.Scope, scope),
        ];
        if (customerId is long id)
        {
            claims.Add(new Claim(AccessTokenClaims.CustomerId, id.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(AccessTokenClaims.CredentialsVersion, credentialsVersion.ToString(CultureInfo.InvariantCulture)));
        }

        string token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + auth.TokenLifetime).UtcDateTime,
            SigningCredentials = keys.SigningCredentials,
            Subject = new ClaimsIdentity(claims),
        });
        return new IssuedToken(token, (long)auth.TokenLifetime.TotalSeconds, scope, issuedAt.ToUnixTimeSeconds());
    }
}
