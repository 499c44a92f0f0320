namespace JsonApiCards.Api.Data;

/// <summary>The database the service keeps its resources in, from <c>Database:Provider</c>: SQLite unless configured otherwise.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file beside the service; nothing to set up (<c>sqlite</c>, the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several instances share (<c>postgres</c>).</summary>
    Postgres,
}

/// <summary>Reads <c>Database:Provider</c>; a value the service does not know stops it at start-up instead of falling back.</summary>
public static class DatabaseProviders
{
    public const string SettingName = "Database:Provider";

    public static DatabaseProvider Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? value = configuration[SettingName];
        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"{SettingName} is '{value}'; it must be 'sqlite' (the default) or 'postgres'."),
        };
    }
}
