namespace JsonApiCards.Api.Vault;

/// <summary>The card vault's key material, bound from the <c>Vault</c> configuration section.</summary>
/// <remarks>Keys belong in a secret store or environment variables, never in appsettings files in the repository.</remarks>
internal sealed class VaultOptions
{
    public const string SectionName = "Vault";

    /// <summary>Encryption keys by key id (<c>Vault:Keys:{keyId}</c>), each base64 of 32 random bytes.
    /// Retired keys stay here so that numbers encrypted with them can still be decrypted.</summary>
    public Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>The id of the key that encrypts new numbers (<c>Vault:ActiveKeyId</c>).</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>The HMAC key for fingerprints, base64 of 32 random bytes (<c>Vault:FingerprintKey</c>).
    /// Changing it changes every fingerprint, so it is not rotated like the encryption keys.</summary>
    public string? FingerprintKey { get; set; }

    /// <summary>Where generated development keys are kept (<c>Vault:DevelopmentKeyFile</c>);
    /// <c>~/.jsonapicards/vault-keys.json</c> when not set.</summary>
    public string? DevelopmentKeyFile { get; set; }

    /// <summary>Whether any key material is configured at all, as opposed to configured wrongly.</summary>
    public bool HasAnyKeyMaterial => Keys.Count > 0 || !string.IsNullOrEmpty(ActiveKeyId) || !string.IsNullOrEmpty(FingerprintKey);
}
