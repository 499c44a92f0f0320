namespace JsonApiCards.Api.Vault;

/// <summary>The card vault's secrets and key handling, bound from the <c>Vault</c> configuration section.</summary>
/// <remarks>Secrets belong in a secret store or environment variables, never in appsettings files in the repository.</remarks>
internal sealed class VaultOptions
{
    public const string SectionName = "Vault";

    /// <summary>Longest <see cref="KeyRefreshInterval"/> allowed: <c>vault rotate</c> waits this long, and so may an instance to see a new key.</summary>
    public static readonly TimeSpan MaxKeyRefreshInterval = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The key-encryption key (<c>Vault:KeyEncryptionKey</c>), base64 of 32 random bytes: it wraps the data keys stored in
    /// the database and encrypts no card itself. A KMS or HSM can take its place by registering another <see cref="IKeyEncryptionKey"/>.
    /// </summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>The secret the per-mode fingerprint keys are derived from, base64 of 32 random bytes (<c>Vault:FingerprintKey</c>).
    /// Changing it changes every fingerprint, so it is not rotated like the data keys.</summary>
    public string? FingerprintKey { get; set; }

    /// <summary>
    /// How often each instance reads the data keys from the database again (<c>Vault:KeyRefreshInterval</c>), so that it
    /// encrypts under a key that <c>vault rotate</c> made on another instance within this time.
    /// </summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where generated development secrets are kept (<c>Vault:DevelopmentKeyFile</c>);
    /// <c>~/.jsonapicards/vault-keys.json</c> when not set.</summary>
    public string? DevelopmentKeyFile { get; set; }

    /// <summary>Whether any secret is configured at all, as opposed to configured wrongly.</summary>
    public bool HasAnySecret => !string.IsNullOrEmpty(KeyEncryptionKey) || !string.IsNullOrEmpty(FingerprintKey);
}
