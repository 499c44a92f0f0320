using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Random vault keys for development, generated once and kept in a file outside the repository, readable by its
/// owner only, so numbers encrypted on one run still decrypt on the next.
/// </summary>
internal static class DevelopmentVaultKeyFile
{
    public const string KeyId = "development";

    private const string FileName = "vault-keys.json";

    public static string DefaultPath => DevelopmentSecretFile.DefaultPath(FileName);

    /// <summary>Reads the keys from <paramref name="path"/>, first writing new random ones there if it does not exist.</summary>
    /// <param name="path">The file; <see langword="null"/> for <see cref="DefaultPath"/>; a leading <c>~/</c> is the home folder.</param>
    public static DevelopmentVaultKeys Load(string? path) =>
        DevelopmentSecretFile.Load(
            ResolvePath(path),
            "development vault key file",
            () => new DevelopmentVaultKeys(KeyId, new() { [KeyId] = VaultKeyMaterial.Generate() }, VaultKeyMaterial.Generate()),
            keys => keys is { ActiveKeyId: not null, Keys: not null, FingerprintKey: not null });

    public static string ResolvePath(string? path) => DevelopmentSecretFile.ResolvePath(path, FileName);
}
