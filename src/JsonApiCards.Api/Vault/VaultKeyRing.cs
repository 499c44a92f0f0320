using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>The decoded vault keys: the encryption keys by id, which of them is active, and the fingerprint key.</summary>
internal sealed class VaultKeyRing
{
    private readonly Dictionary<string, byte[]> _encryptionKeys;
    private readonly byte[] _fingerprintKey;

    public VaultKeyRing(IOptions<VaultOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var vault = options.Value;

        _encryptionKeys = vault.Keys.ToDictionary(
            pair => pair.Key,
            pair => VaultKeyMaterial.Decode(pair.Value, $"Vault:Keys:{pair.Key}"),
            StringComparer.Ordinal);
        ActiveKeyId = vault.ActiveKeyId is { } activeKeyId && _encryptionKeys.ContainsKey(activeKeyId)
            ? activeKeyId
            : throw new InvalidOperationException("Vault:ActiveKeyId must name a key in Vault:Keys.");
        _fingerprintKey = VaultKeyMaterial.Decode(vault.FingerprintKey, "Vault:FingerprintKey");
    }

    /// <summary>The id of the key that encrypts new card numbers.</summary>
    public string ActiveKeyId { get; }

    public ReadOnlySpan<byte> FingerprintKey => _fingerprintKey;

    /// <exception cref="CryptographicException">No key with this id is configured.</exception>
    public ReadOnlySpan<byte> GetEncryptionKey(string keyId) =>
        _encryptionKeys.TryGetValue(keyId, out var key)
            ? key
            : throw new CryptographicException($"No vault key with id '{keyId}' is configured.");
}
