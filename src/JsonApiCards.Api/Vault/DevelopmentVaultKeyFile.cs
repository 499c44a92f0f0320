using System.Text.Json;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Random vault keys for development, generated once and kept in a file outside the repository, readable by its
/// owner only, so numbers encrypted on one run still decrypt on the next.
/// </summary>
internal static class DevelopmentVaultKeyFile
{
    public const string KeyId = "development";

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerReadWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOtherAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".jsonapicards", "vault-keys.json");

    /// <summary>Reads the keys from <paramref name="path"/>, first writing new random ones there if it does not exist.</summary>
    /// <param name="path">The file; <see langword="null"/> for <see cref="DefaultPath"/>; a leading <c>~/</c> is the home folder.</param>
    public static DevelopmentVaultKeys Load(string? path)
    {
        var fullPath = ResolvePath(path);
        if (!File.Exists(fullPath))
        {
            TryCreate(fullPath);
        }

        return Read(fullPath);
    }

    public static string ResolvePath(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return DefaultPath;
        }

        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]);
        }

        return Path.GetFullPath(path);
    }

    private static void TryCreate(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        }

        var keys = new DevelopmentVaultKeys(KeyId, new() { [KeyId] = VaultKeyMaterial.Generate() }, VaultKeyMaterial.Generate());

        // Written under a temporary name, then moved into place, so that a second instance starting at the same
        // moment reads either no file or a complete one, never half of one.
        var temporaryPath = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }

        try
        {
            using (var stream = new FileStream(temporaryPath, options))
            {
                JsonSerializer.Serialize(stream, keys);
            }

            File.Move(temporaryPath, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance won the race; its keys are as good as ours.
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    private static DevelopmentVaultKeys Read(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOtherAccess) != 0)
        {
            throw new InvalidOperationException(
                $"The development vault key file '{path}' can be read by other users. Run 'chmod 600 {path}' or delete it to have new keys generated.");
        }

        DevelopmentVaultKeys? keys;
        try
        {
            using var stream = File.OpenRead(path);
            keys = JsonSerializer.Deserialize<DevelopmentVaultKeys>(stream);
        }
        catch (JsonException exception)
        {
            throw Damaged(path, exception);
        }

        return keys is { ActiveKeyId: not null, Keys: not null, FingerprintKey: not null } ? keys : throw Damaged(path, null);
    }

    private static InvalidOperationException Damaged(string path, Exception? cause) =>
        new($"The development vault key file '{path}' is damaged. Delete it to have new keys generated.", cause);
}
