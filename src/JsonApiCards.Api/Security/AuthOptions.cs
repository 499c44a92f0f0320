namespace JsonApiCards.Api.Security;

/// <summary>How access tokens are signed, validated and revoked, bound from the <c>Auth</c> configuration section.</summary>
/// <remarks>Signing keys belong in a secret store or environment variables, never in appsettings files in the repository.</remarks>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>HMAC-SHA256 signing keys by key id (<c>Auth:SigningKeys:{keyId}</c>), each base64 of at least 32 random bytes.
    /// Every key here validates tokens, so a retired key stays until the tokens it signed have expired.</summary>
    public Dictionary<string, string> SigningKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The id of the key that signs new tokens (<c>Auth:ActiveSigningKeyId</c>).</summary>
    public string? ActiveSigningKeyId { get; set; }

    /// <summary>The <c>iss</c> of every token, checked on every request.</summary>
    public string Issuer { get; set; } = "jsonapicards";

    /// <summary>The <c>aud</c> of every token, checked on every request: a token for another service is refused.</summary>
    public string Audience { get; set; } = "jsonapicards-api";

    /// <summary>How long a token is valid (<c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How much the clocks of instances may disagree when a token's lifetime is checked.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest a revoked token or a disabled client's token still works on an instance: each instance reads the
    /// revocations from the database at most this often, when a request comes in after it has passed.
    /// </summary>
    public TimeSpan RevocationRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Where generated development signing keys are kept (<c>Auth:DevelopmentKeyFile</c>);
    /// <c>~/.jsonapicards/signing-keys.json</c> when not set.</summary>
    public string? DevelopmentKeyFile { get; set; }
}
