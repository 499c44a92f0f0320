using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Fixed, recognisable vault secrets and data keys (every byte the same) for tests.</summary>
internal static class TestVaultKeys
{
    public static string Key(byte fill) => Convert.ToBase64String(Enumerable.Repeat(fill, 32).ToArray());

    public static VaultOptions Options(byte keyEncryptionKeyFill = 0x0E, byte fingerprintFill = 0xF0) =>
        new() { KeyEncryptionKey = Key(keyEncryptionKeyFill), FingerprintKey = Key(fingerprintFill) };

    /// <summary>An unwrapped data key, as the key ring holds one.</summary>
    public static DataKey DataKey(string id = "test-k1", string mode = "test", byte fill = 0x01, bool active = true) =>
        new(id, mode, Enumerable.Repeat(fill, 32).ToArray(), active);

    /// <summary>
    /// The configuration the fixture's service runs with, as a command of its executable takes it: its database and its
    /// vault secrets, which the service checks at start-up.
    /// </summary>
    public static string[] ServiceConfiguration(JsonApiCardsApplication app) =>
    [
        $"--Database:Provider={TestedDatabase.Provider}",
        $"--ConnectionStrings:Cards={app.ConnectionString}",
        $"--Vault:KeyEncryptionKey={Key(0x11)}",
        $"--Vault:FingerprintKey={Key(0x22)}",
    ];
}
