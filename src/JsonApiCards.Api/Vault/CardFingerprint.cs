using System.Security.Cryptography;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a card number: the same card always gives the same fingerprint, so duplicates can be
/// found without storing the number, and without the key the fingerprint cannot be brute-forced back to a number.
/// </summary>
internal sealed class CardFingerprint(VaultKeyRing keyRing)
{
    /// <summary>Computes the fingerprint of a card number (digits only) as 64 lower-case hex characters.</summary>
    /// <exception cref="ArgumentException">The number is empty, longer than 19 digits, or has a non-digit.</exception>
    public string Compute(string number)
    {
        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        try
        {
            var plaintext = buffer[..CardNumberBytes.Encode(number, buffer)];
            HMACSHA256.HashData(keyRing.FingerprintKey, plaintext, hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }
}
