using JsonApiCards.Api.Vault;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Builds vault key rings from fixed, recognisable keys (every byte the same) for tests.</summary>
internal static class TestVaultKeys
{
    public static string Key(byte fill) => Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray());

    public static VaultOptions Options(string activeKeyId, IEnumerable<(string KeyId, byte Fill)> keys, byte fingerprintFill = 0xF0)
    {
        var options = new VaultOptions { ActiveKeyId = activeKeyId, FingerprintKey = Key(fingerprintFill) };
        foreach (var (keyId, fill) in keys)
        {
            options.Keys[keyId] = Key(fill);
        }

        return options;
    }

    public static VaultKeyRing Ring(string activeKeyId, IEnumerable<(string KeyId, byte Fill)> keys, byte fingerprintFill = 0xF0) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(activeKeyId, keys, fingerprintFill)));

    public static VaultKeyRing Ring() => Ring("k1", [("k1", 0x01)]);
}
