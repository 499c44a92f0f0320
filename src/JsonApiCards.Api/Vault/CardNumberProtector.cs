using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Encrypts card numbers at rest with AES-256-GCM under the active data key of the card's mode, and decrypts them with
/// whichever key encrypted them, so keys rotate without re-encrypting every number at once.
/// </summary>
/// <remarks>
/// A ciphertext is a version byte (<c>0x01</c>), the 12-byte nonce, the encrypted digits and the 16-byte tag. The
/// associated data binds it to the version, the key id, the card's id and its mode: the same bytes copied to another
/// row, mode or key id fail to decrypt instead of yielding the number under a card it does not belong to. Nonces are
/// random per encryption; with 96-bit nonces that is safe far beyond the number of cards one key will ever encrypt.
/// </remarks>
internal sealed class CardNumberProtector(DataKeyRing keyRing)
{
    public const byte Version = 0x01;

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = 1 + NonceSize + TagSize;

    // Version, key id (length-prefixed), card id, mode (length-prefixed).
    private const int MaxAssociatedDataLength = 1 + 1 + VaultDataKeyConfiguration.MaxIdLength + sizeof(long) + 1 + 4;

    /// <summary>Encrypts a card number (digits only) of the card with this id and mode under the mode's active key.</summary>
    /// <exception cref="ArgumentException">The number is empty, longer than 19 digits, or has a non-digit.</exception>
    public async ValueTask<ProtectedCardNumber> ProtectAsync(string number, long cardId, string mode, CancellationToken cancellationToken)
    {
        DataKey key = await keyRing.ActiveKeyAsync(mode, cancellationToken);
        return Protect(number, cardId, mode, key);
    }

    /// <summary>Decrypts a card's number; meant for passing it on to a payment gateway, never for showing or logging.</summary>
    /// <exception cref="CryptographicException">The key is unknown or of the other mode, or the ciphertext is not this card's.</exception>
    public async ValueTask<string> UnprotectAsync(ProtectedCardNumber protectedNumber, long cardId, string mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protectedNumber);
        DataKey key = await keyRing.KeyAsync(protectedNumber.KeyId, mode, cancellationToken);
        return Unprotect(protectedNumber.Ciphertext, cardId, mode, key);
    }

    /// <summary>
    /// The same card's number under another key (a rotation), decrypted into a buffer that is wiped at once: the number
    /// never becomes a string.
    /// </summary>
    /// <exception cref="CryptographicException">The ciphertext is not this card's under <paramref name="from"/>.</exception>
    public static ProtectedCardNumber Reprotect(byte[] ciphertext, long cardId, string mode, DataKey from, DataKey to)
    {
        ArgumentNullException.ThrowIfNull(to);
        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        try
        {
            var plaintext = Decrypt(ciphertext, cardId, mode, from, buffer);
            return new ProtectedCardNumber(to.Id, Encrypt(plaintext, cardId, mode, to));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Encrypts under the given key, for callers that hold it already (seeding, tests).</summary>
    public static ProtectedCardNumber Protect(string number, long cardId, string mode, DataKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        try
        {
            var plaintext = buffer[..CardNumberBytes.Encode(number, buffer)];
            return new ProtectedCardNumber(key.Id, Encrypt(plaintext, cardId, mode, key));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Decrypts under the given key.</summary>
    /// <exception cref="CryptographicException">The ciphertext is not this card's under this key.</exception>
    public static string Unprotect(byte[] ciphertext, long cardId, string mode, DataKey key)
    {
        Span<byte> buffer = stackalloc byte[CardNumberBytes.MaxLength];
        try
        {
            return Encoding.ASCII.GetString(Decrypt(ciphertext, cardId, mode, key, buffer));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    private static byte[] Encrypt(ReadOnlySpan<byte> plaintext, long cardId, string mode, DataKey key)
    {
        var output = new byte[Overhead + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        Span<byte> associatedData = stackalloc byte[MaxAssociatedDataLength];
        using var aes = new AesGcm(key.Key, TagSize);
        aes.Encrypt(
            nonce,
            plaintext,
            output.AsSpan(1 + NonceSize, plaintext.Length),
            output.AsSpan(1 + NonceSize + plaintext.Length, TagSize),
            associatedData[..WriteAssociatedData(associatedData, key.Id, cardId, mode)]);
        return output;
    }

    private static Span<byte> Decrypt(byte[] ciphertext, long cardId, string mode, DataKey key, Span<byte> buffer)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentNullException.ThrowIfNull(key);
        int plaintextLength = ciphertext.Length - Overhead;
        if (plaintextLength is < 1 or > CardNumberBytes.MaxLength || ciphertext[0] != Version)
        {
            throw new CryptographicException("The data is not a protected card number.");
        }

        var plaintext = buffer[..plaintextLength];
        Span<byte> associatedData = stackalloc byte[MaxAssociatedDataLength];
        try
        {
            using var aes = new AesGcm(key.Key, TagSize);
            aes.Decrypt(
                ciphertext.AsSpan(1, NonceSize),
                ciphertext.AsSpan(1 + NonceSize, plaintextLength),
                ciphertext.AsSpan(1 + NonceSize + plaintextLength, TagSize),
                plaintext,
                associatedData[..WriteAssociatedData(associatedData, key.Id, cardId, mode)]);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new CryptographicException(
                $"The number of card {cardId} does not decrypt under key '{key.Id}': it was altered, or belongs to another card, mode or key.", exception);
        }
    }

    private static int WriteAssociatedData(Span<byte> destination, string keyId, long cardId, string mode)
    {
        if (keyId.Length > VaultDataKeyConfiguration.MaxIdLength || mode.Length > 4 || !Ascii.IsValid(keyId) || !Ascii.IsValid(mode))
        {
            throw new CryptographicException("A vault key id is at most 64 ASCII characters and a mode at most 4.");
        }

        int length = 0;
        destination[length++] = Version;
        destination[length++] = (byte)keyId.Length;
        length += Encoding.ASCII.GetBytes(keyId, destination[length..]);
        BinaryPrimitives.WriteInt64BigEndian(destination[length..], cardId);
        length += sizeof(long);
        destination[length++] = (byte)mode.Length;
        length += Encoding.ASCII.GetBytes(mode, destination[length..]);
        return length;
    }
}
