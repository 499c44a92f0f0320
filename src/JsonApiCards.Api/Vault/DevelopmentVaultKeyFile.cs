using JsonApiCards.Api.Security;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// A random key-encryption key and fingerprint secret for development, generated once and kept in a file outside the
/// repository, readable by its owner only, so data keys wrapped on one run still unwrap on the next.
/// </summary>
internal static class DevelopmentVaultKeyFile
{
    private const string FileName = "vault-keys.json";

    public static string DefaultPath => DevelopmentSecretFile.DefaultPath(FileName);

    /// <summary>Reads the secrets from <paramref name="path"/>, first writing new random ones there if it does not exist.</summary>
    /// <param name="path">The file; <see langword="null"/> for <see cref="DefaultPath"/>; a leading <c>~/</c> is the home folder.</param>
    public static DevelopmentVaultKeys Load(string? path) =>
        DevelopmentSecretFile.Load(
            ResolvePath(path),
            "development vault key file",
            () => new DevelopmentVaultKeys(VaultKeyMaterial.Generate(), VaultKeyMaterial.Generate()),
            keys => keys is { KeyEncryptionKey: not null, FingerprintKey: not null });

    public static string ResolvePath(string? path) => DevelopmentSecretFile.ResolvePath(path, FileName);
}
