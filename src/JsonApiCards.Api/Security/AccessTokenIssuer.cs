using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>Signs access tokens (JWT, HS256, with the active key's <c>kid</c>) for authenticated clients.</summary>
internal sealed class AccessTokenIssuer(SigningKeyRing keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        AuthOptions auth = options.Value;
        DateTimeOffset now = clock.GetUtcNow();
        DateTimeOffset issuedAt = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        string scope = AccessTokenClaims.ScopeOf(client.Mode);
        string token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + auth.TokenLifetime).UtcDateTime,
            SigningCredentials = keys.SigningCredentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(AccessTokenClaims.TokenId, ClientSecrets.Generate()),
                new Claim(AccessTokenClaims.Subject, client.ClientId),
                new Claim(AccessTokenClaims.ClientId, client.ClientId),
                new Claim(AccessTokenClaims.Mode, client.Mode),
                new Claim(AccessTokenClaims.Scope, scope),
            ]),
        });
        return new IssuedToken(token, (long)auth.TokenLifetime.TotalSeconds, scope, issuedAt.ToUnixTimeSeconds());
    }
}
