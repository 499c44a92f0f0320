namespace JsonApiCards.Benchmarks;

/// <summary>
/// The database a benchmark command works on: <c>--database FILE</c> (SQLite, the default) or
/// <c>--provider postgres --database CONNECTION_STRING</c>. Hosts get it as the service's own settings
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Cards</c>), so the service, the baseline and the seeder agree.
/// </summary>
internal sealed record BenchmarkDatabase(string Provider, string ConnectionString, string Description)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public bool IsSqlite => Provider == Sqlite;

    public static BenchmarkDatabase FromArguments(string[] args)
    {
        string provider = CommandLine.Option(args, "--provider", Sqlite);
        string database = CommandLine.RequiredOption(args, "--database");
        return provider switch
        {
            Sqlite => SqliteFile(database),
            Postgres => new BenchmarkDatabase(Postgres, database, "PostgreSQL " + database),
            _ => throw new ArgumentException($"--provider is {Sqlite} or {Postgres}, not {provider}."),
        };
    }

    public static BenchmarkDatabase SqliteFile(string path)
    {
        string fullPath = path == ":memory:" ? path : Path.GetFullPath(path);
        return new BenchmarkDatabase(Sqlite, $"Data Source={fullPath}", fullPath);
    }
}
