using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Data;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a card number: the same card always gives the same fingerprint in a mode, so duplicates
/// can be found without storing the number, and without the key the fingerprint cannot be brute-forced back to a number.
/// Each mode has its own key, derived from <c>Vault:FingerprintKey</c> with HKDF-SHA256 and the mode as its <c>info</c>:
/// the same card has unrelated fingerprints in test and live, so test data says nothing about live cards.
/// </summary>
internal sealed class CardFingerprint(IOptions<VaultOptions> options)
{
    private readonly Lazy<FrozenDictionary<string, byte[]>> _keys = new(() =>
    {
        byte[] secret = VaultKeyMaterial.Decode(options.Value.FingerprintKey, "Vault:FingerprintKey");
        return new[] { CardsMode.Test, CardsMode.Live }.ToFrozenDictionary(mode => mode, mode => DeriveKey(secret, mode), StringComparer.Ordinal);
    });

    /// <summary>The mode's fingerprint key: HKDF-SHA256 of the secret, no salt, <c>info</c> naming the purpose and the mode.</summary>
    public static byte[] DeriveKey(byte[] secret, string mode) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, HMACSHA256.HashSizeInBytes, salt: [], info: Encoding.UTF8.GetBytes($"jsonapicards card fingerprint|{mode}"));

    /// <summary>Computes the fingerprint of a card number (digits only) in a mode as 64 lower-case hex characters.</summary>
    /// <exception cref="ArgumentException">The number is empty, longer than 19 digits, or has a non-digit; or the mode is unknown.</exception>
    public string Compute(string number, string mode)
    {
        if (!_keys.Value.TryGetValue(mode, out byte[]? key))
        {
            throw new ArgumentException($"The mode must be '{CardsMode.Test}' or '{CardsMode.Live}'.", nameof(mode));
        }

        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        try
        {
            var plaintext = buffer[..CardNumberBytes.Encode(number, buffer)];
            HMACSHA256.HashData(key, plaintext, hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
