using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run, made from the server binaries on the machine: <c>initdb</c> into a
/// temporary folder, <c>postgres</c> on a free loopback port (as <c>nobody</c> when the tests run as root, which PostgreSQL
/// refuses), stopped and deleted when the test process ends. A database migrated once is the template of every fixture's
/// own database, so a fixture costs a <c>CREATE DATABASE ... TEMPLATE</c>, not a migration.
/// </summary>
internal static class PostgresCluster
{
    public const string Install = "The PostgreSQL tests need the PostgreSQL server binaries (initdb, pg_ctl): install them with `apt-get install postgresql` (or put their bin folder on PATH).";

    private const string Template = "cards_template";
    private const int Nobody = 65534;
    private const string FolderPrefix = "jsonapicards-postgres-";

    private static readonly Lazy<Task<Server>> Started = new(StartAsync);
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static int _databases;

    /// <summary>The connection string of a new database holding the newest migrations' schema and no rows.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        Server server = await Started.Value;
        string name = $"cards_{Interlocked.Increment(ref _databases)}";
        await Creating.WaitAsync();
        try
        {
            await ExecuteAsync(server.ConnectionString("postgres"), $"CREATE DATABASE {name} TEMPLATE {Template}");
        }
        finally
        {
            Creating.Release();
        }

        return server.ConnectionString(name);
    }

    /// <summary>The connection string of a new empty database, for tests that migrate it themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        Server server = await Started.Value;
        string name = $"empty_{Interlocked.Increment(ref _databases)}";
        await ExecuteAsync(server.ConnectionString("postgres"), $"CREATE DATABASE {name} TEMPLATE template0");
        return server.ConnectionString(name);
    }

    /// <summary>
    /// Makes the database a connection string names refuse new connections and ends the ones it has (<paramref name="open"/>
    /// false), as a stopped server looks to its clients; or lets it take connections again.
    /// </summary>
    public static async Task SetOpenAsync(string connectionString, bool open)
    {
        Server server = await Started.Value;
        string name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteAsync(server.ConnectionString("postgres"), $"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS {(open ? "true" : "false")}");
        if (!open)
        {
            await ExecuteAsync(server.ConnectionString("postgres"), $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        }
    }

    private static async Task<Server> StartAsync()
    {
        string binaries = FindBinaries() ?? throw new InvalidOperationException(Install);
        DeleteClustersLeftBehind();
        string folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        bool asNobody = Environment.UserName == "root";
        if (asNobody)
        {
            await RunAsync("chown", [$"{Nobody}:{Nobody}", folder], asNobody: false);
        }

        string data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asNobody);

        int port = FreeLoopbackPort();
        // Durability is not what the tests check: without fsync the cluster is as fast as the SQLite files in tmp.
        string options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-o", options, "-w", "start"], asNobody);

        var server = new Server(port);
        // The test runner ends the test host and its child processes moments after the exit handlers start, before pg_ctl
        // returns: a process in a session of its own (setsid -f), which the runner does not end, stops the server and
        // deletes the folder.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Process.Start(new ProcessStartInfo(
            "setsid",
            ["-f", "sh", "-c", "\"$@\"; rm -rf \"$0\"", folder, .. Command(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asNobody)])
        {
            UseShellExecute = false,
        })?.Dispose();

        await ExecuteAsync(server.ConnectionString("postgres"), $"CREATE DATABASE {Template}");
        await using (var template = new PostgresCardsDbContext(new DbContextOptionsBuilder<PostgresCardsDbContext>().UseNpgsql(server.ConnectionString(Template)).Options))
        {
            await template.Database.MigrateAsync();
        }

        NpgsqlConnection.ClearAllPools();
        return server;
    }

    /// <summary>
    /// Deletes the folders of earlier runs' clusters whose server is no longer running: a test process that is killed (or
    /// outlives the test host's patience) never runs its exit handler, and each folder holds every fixture's database. A
    /// folder younger than ten minutes may be one another test process is still setting up, so it is left alone.
    /// </summary>
    private static void DeleteClustersLeftBehind()
    {
        foreach (DirectoryInfo folder in new DirectoryInfo(Path.GetTempPath()).EnumerateDirectories(FolderPrefix + "*"))
        {
            if (folder.LastWriteTimeUtc > DateTime.UtcNow.AddMinutes(-10) || IsServerRunning(Path.Combine(folder.FullName, "data", "postmaster.pid")))
            {
                continue;
            }

            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another run may be deleting it too; what is left goes next time.
            }
        }
    }

    private static bool IsServerRunning(string pidFile)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out int pid))
        {
            return false;
        }

        try
        {
            using Process process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? FindBinaries()
    {
        IEnumerable<string> onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(version => int.TryParse(Path.GetFileName(version), out int number) ? number : 0).Select(version => Path.Combine(version, "bin"))
            : [];
        return onPath.Concat(installed).FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string[] Command(string program, IEnumerable<string> arguments, bool asNobody) =>
        asNobody ? ["setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", program, .. arguments] : [program, .. arguments];

    private static async Task RunAsync(string program, IEnumerable<string> arguments, bool asNobody)
    {
        string[] command = Command(program, arguments, asNobody);
        var start = new ProcessStartInfo(command[0], command[1..]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed record Server(int Port)
    {
        public string ConnectionString(string database) =>
            $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=20;Connection Idle Lifetime=10";
    }
}
