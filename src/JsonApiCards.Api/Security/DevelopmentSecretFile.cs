using System.Text.Json;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Secrets for development (vault keys, token signing keys), generated once and kept in a JSON file outside the
/// repository, readable by its owner only, so what one run encrypted or signed still works on the next.
/// </summary>
internal static class DevelopmentSecretFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = OwnerReadWrite | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOtherAccess =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The file in <c>~/.jsonapicards/</c> of that name.</summary>
    public static string DefaultPath(string fileName) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".jsonapicards", fileName);

    /// <summary>The full path of <paramref name="path"/>: <see langword="null"/> is the default file, a leading <c>~/</c> the home folder.</summary>
    public static string ResolvePath(string? path, string defaultFileName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return DefaultPath(defaultFileName);
        }

        if (path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..]);
        }

        return Path.GetFullPath(path);
    }

    /// <summary>Reads the secrets from <paramref name="fullPath"/>, first writing <paramref name="generate"/>'s there if it does not exist.</summary>
    /// <param name="description">What the file is, for messages: "development vault key file".</param>
    /// <param name="isComplete">Whether what was read has every member; a file without them is damaged.</param>
    public static T Load<T>(string fullPath, string description, Func<T> generate, Func<T, bool> isComplete)
        where T : class
    {
        if (!File.Exists(fullPath))
        {
            TryCreate(fullPath, generate());
        }

        return Read(fullPath, description, isComplete);
    }

    private static void TryCreate<T>(string path, T secrets)
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
                JsonSerializer.Serialize(stream, secrets);
            }

            File.Move(temporaryPath, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance won the race; its secrets are as good as ours.
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    private static T Read<T>(string path, string description, Func<T, bool> isComplete)
        where T : class
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOtherAccess) != 0)
        {
            throw new InvalidOperationException(
                $"The {description} '{path}' can be read by other users. Run 'chmod 600 {path}' or delete it to have new keys generated.");
        }

        T? secrets;
        try
        {
            using var stream = File.OpenRead(path);
            secrets = JsonSerializer.Deserialize<T>(stream);
        }
        catch (JsonException exception)
        {
            throw Damaged(path, description, exception);
        }

        return secrets is not null && isComplete(secrets) ? secrets : throw Damaged(path, description, null);
    }

    private static InvalidOperationException Damaged(string path, string description, Exception? cause) =>
        new($"The {description} '{path}' is damaged. Delete it to have new keys generated.", cause);
}
