using System.Security.Cryptography;
using System.Text;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Encrypts card numbers at rest with AES-256-GCM under the active vault key, and decrypts them with whichever key
/// encrypted them, so keys can be rotated without re-encrypting stored numbers first.
/// </summary>
/// <remarks>
/// The key id is the associated data: a ciphertext moved next to another key id fails to decrypt rather than being
/// tried under the wrong key. The nonce is random per encryption; with 96-bit nonces that is safe far beyond the
/// number of cards one key will ever encrypt.
/// </remarks>
internal sealed class CardNumberProtector(VaultKeyRing keyRing)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>Encrypts a card number (digits only) under the active key.</summary>
    /// <exception cref="ArgumentException">The number is empty, longer than 19 digits, or has a non-digit.</exception>
    public ProtectedCardNumber Protect(string number)
    {
        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        try
        {
            var plaintext = buffer[..CardNumberBytes.Encode(number, buffer)];
            var keyId = keyRing.ActiveKeyId;
            var output = new byte[NonceSize + plaintext.Length + TagSize];
            var nonce = output.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);

            using var aes = new AesGcm(keyRing.GetEncryptionKey(keyId), TagSize);
            aes.Encrypt(
                nonce,
                plaintext,
                output.AsSpan(NonceSize, plaintext.Length),
                output.AsSpan(NonceSize + plaintext.Length, TagSize),
                Encoding.UTF8.GetBytes(keyId));
            return new ProtectedCardNumber(keyId, output);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Decrypts a card number; meant for passing it on to a payment gateway, never for showing or logging.</summary>
    /// <exception cref="CryptographicException">The key id is unknown, or the ciphertext was altered or is not one.</exception>
    public string Unprotect(string keyId, byte[] ciphertext)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(ciphertext);

        var plaintextLength = ciphertext.Length - NonceSize - TagSize;
        if (plaintextLength is < 1 or > CardNumberBytes.MaxLength)
        {
            throw new CryptographicException("The data is not a protected card number.");
        }

        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        try
        {
            var plaintext = buffer[..plaintextLength];
            using var aes = new AesGcm(keyRing.GetEncryptionKey(keyId), TagSize);
            aes.Decrypt(
                ciphertext.AsSpan(0, NonceSize),
                ciphertext.AsSpan(NonceSize, plaintextLength),
                ciphertext.AsSpan(NonceSize + plaintextLength, TagSize),
                plaintext,
                Encoding.UTF8.GetBytes(keyId));
            return Encoding.ASCII.GetString(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <inheritdoc cref="Unprotect(string, byte[])"/>
    public string Unprotect(ProtectedCardNumber protectedNumber)
    {
        ArgumentNullException.ThrowIfNull(protectedNumber);
        return Unprotect(protectedNumber.KeyId, protectedNumber.Ciphertext);
    }
}
