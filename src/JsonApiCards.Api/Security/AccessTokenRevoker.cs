using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Revokes a client's own access token (RFC 7009): stores its id until it would have expired, for every instance's
/// <see cref="RevocationList"/>. A token that is not valid, has expired or belongs to another client is left alone,
/// and the caller is told nothing about it.
/// </summary>
internal sealed class AccessTokenRevoker(CardsDbContext db, RevocationList revocations, SigningKeyRing keys, IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task RevokeAsync(ApiClient client, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        TokenValidationParameters parameters = AccessTokenValidation.Parameters(options.Value, keys, clock);
        TokenValidationResult result = await Handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid
            || result.ClaimsIdentity.FindFirst(AccessTokenClaims.ClientId)?.Value != client.ClientId
            || result.ClaimsIdentity.FindFirst(AccessTokenClaims.TokenId)?.Value is not { } tokenId)
        {
            return;
        }

        DateTime now = clock.GetUtcNow().UtcDateTime;
        if (!await db.RevokedTokens.AnyAsync(revoked => revoked.TokenId == tokenId, cancellationToken))
        {
            db.RevokedTokens.Add(new RevokedToken { TokenId = tokenId, ExpiresAt = result.SecurityToken.ValidTo, RevokedAt = now });
        }

        // Tokens that have expired need no revocation any more.
        await db.RevokedTokens.Where(revoked => revoked.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        revocations.NoteRevoked(tokenId: tokenId);
    }
}
