using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// The key-encryption key from <c>Vault:KeyEncryptionKey</c>: AES-256-GCM, a wrapped key being a version byte, the
/// 12-byte nonce, the encrypted key and the 16-byte tag, with the caller's context as associated data.
/// </summary>
internal sealed class ConfiguredKeyEncryptionKey(IOptions<VaultOptions> options) : IKeyEncryptionKey
{
    private const byte Version = 0x01;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    // Decoded when first used, so that a command needing no keys never asks for them.
    private readonly Lazy<byte[]> _key = new(() => VaultKeyMaterial.Decode(options.Value.KeyEncryptionKey, "Vault:KeyEncryptionKey"));

    public ValueTask<byte[]> WrapAsync(ReadOnlyMemory<byte> dataKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken)
    {
        var wrapped = new byte[1 + NonceSize + dataKey.Length + TagSize];
        wrapped[0] = Version;
        var nonce = wrapped.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Encrypt(nonce, dataKey.Span, wrapped.AsSpan(1 + NonceSize, dataKey.Length), wrapped.AsSpan(1 + NonceSize + dataKey.Length), context.Span);
        return ValueTask.FromResult(wrapped);
    }

    public ValueTask<byte[]> UnwrapAsync(ReadOnlyMemory<byte> wrappedKey, ReadOnlyMemory<byte> context, CancellationToken cancellationToken)
    {
        var wrapped = wrappedKey.Span;
        int keyLength = wrapped.Length - 1 - NonceSize - TagSize;
        if (keyLength <= 0 || wrapped[0] != Version)
        {
            throw new CryptographicException("The data is not a data key wrapped by this key-encryption key.");
        }

        var dataKey = new byte[keyLength];
        using var aes = new AesGcm(_key.Value, TagSize);
        aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped.Slice(1 + NonceSize, keyLength), wrapped[(1 + NonceSize + keyLength)..], dataKey, context.Span);
        return ValueTask.FromResult(dataKey);
    }
}
