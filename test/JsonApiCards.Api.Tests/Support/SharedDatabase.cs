using System.Data.Common;
using JsonApiCards.Api.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// One database that several service processes share: the configuration each takes to reach it, and a connection for the
/// test to read what they left in it.
/// </summary>
internal abstract class SharedDatabase : IDisposable
{
    /// <summary>The service's configuration for this database, as its executable takes it (<c>--Key=Value</c>).</summary>
    public abstract IReadOnlyList<string> ServiceConfiguration { get; }

    /// <summary>
    /// A new database of the provider: a SQLite file in a temporary folder, or a database of the PostgreSQL cluster the
    /// tests start (<see cref="PostgresCluster"/>), which drops with the cluster.
    /// </summary>
    public static async Task<SharedDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFile(),
        DatabaseProvider.Postgres => new PostgresDatabase(await PostgresCluster.CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "No shared database of this provider."),
    };

    public abstract DbConnection CreateConnection();

    /// <summary>The single value of a query, e.g. a <c>COUNT(*)</c>.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using DbConnection connection = CreateConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of a query, each as its columns' values as text.</summary>
    public async Task<List<string[]>> RowsAsync(string sql)
    {
        await using DbConnection connection = CreateConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        List<string[]> rows = [];
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(column => Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    public abstract void Dispose();

    /// <summary>Two processes on one SQLite file: a real deployment on one host.</summary>
    private sealed class SqliteFile : SharedDatabase
    {
        private readonly TemporaryDirectory _directory = new();

        private string ConnectionString => $"Data Source={_directory.Combine("cards.db")};Pooling=False";

        public override IReadOnlyList<string> ServiceConfiguration => [$"--ConnectionStrings:Cards={ConnectionString}"];

        public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

        public override void Dispose() => _directory.Dispose();
    }

    /// <summary>Two processes on one PostgreSQL database: instances behind a load balancer.</summary>
    private sealed class PostgresDatabase(string connectionString) : SharedDatabase
    {
        public override IReadOnlyList<string> ServiceConfiguration =>
            [$"--{DatabaseProviders.SettingName}=postgres", $"--ConnectionStrings:Cards={connectionString}"];

        public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

        public override void Dispose()
        {
        }
    }
}
