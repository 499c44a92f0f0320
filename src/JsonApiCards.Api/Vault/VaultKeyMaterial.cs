using System.Buffers.Text;
using System.Security.Cryptography;

namespace JsonApiCards.Api.Vault;

/// <summary>The shape of the vault's keys: 256-bit, written as base64 in configuration.</summary>
internal static class VaultKeyMaterial
{
    public const int KeySizeInBytes = 32;

    public static bool TryDecode(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrWhiteSpace(base64) || !Base64.IsValid(base64, out var decodedLength) || decodedLength != KeySizeInBytes)
        {
            return false;
        }

        key = Convert.FromBase64String(base64);
        return true;
    }

    public static byte[] Decode(string? base64, string configurationKey) =>
        TryDecode(base64, out var key)
            ? key
            : throw new InvalidOperationException($"{configurationKey} must be base64 of {KeySizeInBytes} bytes.");

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeySizeInBytes));
}
