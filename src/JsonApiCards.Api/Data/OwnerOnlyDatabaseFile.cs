using Microsoft.Data.Sqlite;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Creates a SQLite database file with mode 0600 before SQLite opens it, so the file that holds ciphertexts, fingerprints
/// and wrapped data keys is readable by the service's user only. SQLite gives its <c>-wal</c>, <c>-shm</c> and journal
/// files the permissions of the database file, so they follow; left to SQLite, all would be created 0644 under the usual umask.
/// </summary>
internal static class OwnerOnlyDatabaseFile
{
    /// <summary>Creates the empty file the connection string names, unless it exists, is in memory, or the system is Windows.</summary>
    public static void EnsureCreated(string? connectionString)
    {
        if (OperatingSystem.IsWindows() || connectionString is null)
        {
            return;
        }

        var settings = new SqliteConnectionStringBuilder(connectionString);
        string dataSource = settings.DataSource;
        if (settings.Mode == SqliteOpenMode.Memory || dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string path = Path.GetFullPath(dataSource);
        if (File.Exists(path))
        {
            return;
        }

        try
        {
            // An empty file is an empty database to SQLite.
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first, with the same mode.
        }
    }
}
