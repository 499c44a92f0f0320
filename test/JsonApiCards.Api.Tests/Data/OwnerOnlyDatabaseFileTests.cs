using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>The SQLite files that hold ciphertexts, fingerprints and wrapped keys are created readable by their owner only.</summary>
public sealed class OwnerOnlyDatabaseFileTests(JsonApiCardsApplication app) : IntegrationTest(app), IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_services_database_file_is_created_with_mode_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.GetUnixFileMode(App.DatabasePath).Should().Be(OwnerReadWrite);
    }

    [Fact]
    public async Task A_new_database_and_its_wal_and_shm_files_have_mode_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string path = _directory.Combine("cards.db");

        OwnerOnlyDatabaseFile.EnsureCreated($"Data Source={path};Pooling=False");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE cards (id INTEGER PRIMARY KEY); INSERT INTO cards DEFAULT VALUES;";
            await command.ExecuteNonQueryAsync();

            foreach (string file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.GetUnixFileMode(file).Should().Be(OwnerReadWrite, file);
            }
        }
    }

    [Fact]
    public void An_existing_file_and_an_in_memory_database_are_left_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string existing = _directory.Combine("existing.db");
        File.WriteAllBytes(existing, []);
        File.SetUnixFileMode(existing, OwnerReadWrite | UnixFileMode.GroupRead);

        OwnerOnlyDatabaseFile.EnsureCreated($"Data Source={existing}");
        OwnerOnlyDatabaseFile.EnsureCreated("Data Source=:memory:");
        OwnerOnlyDatabaseFile.EnsureCreated("Data Source=shared;Mode=Memory");

        File.GetUnixFileMode(existing).Should().Be(OwnerReadWrite | UnixFileMode.GroupRead);
        Directory.GetFiles(_directory.Path).Should().ContainSingle();
    }
}
