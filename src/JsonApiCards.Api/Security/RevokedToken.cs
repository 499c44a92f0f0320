namespace JsonApiCards.Api.Security;

/// <summary>
/// An access token revoked before it expired (RFC 7009), by its id (<c>jti</c>). Kept only until the token would have
/// expired anyway; every instance reads the list into its <see cref="RevocationList"/>.
/// </summary>
public sealed class RevokedToken
{
    public required string TokenId { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime RevokedAt { get; set; }
}
