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

    /// <summary>
    /// Holds the lock a card write needs, from another connection, until disposed (rolled back): the service's card writes
    /// wait for it meanwhile, as they wait for another process's write. SQLite: the database's write lock
    /// (<c>BEGIN IMMEDIATE</c>); PostgreSQL: <c>credit_cards</c> in <c>SHARE</c> mode, which reads pass and writes wait for.
    /// </summary>
    public async Task<IAsyncDisposable> HoldCardWritesAsync()
    {
        DbConnection connection = CreateConnection();
        await connection.OpenAsync();
        DbTransaction transaction = await connection.BeginTransactionAsync();
        if (CardWritesLock is not null)
        {
            await using DbCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = CardWritesLock;
            await command.ExecuteNonQueryAsync();
        }

        return new HeldLock(connection, transaction);
    }

    public abstract void Dispose();

    /// <summary>What takes the lock once a transaction has begun, if beginning it does not.</summary>
    private protected abstract string? CardWritesLock { get; }

    private sealed class HeldLock(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    /// <summary>Two processes on one SQLite file: a real deployment on one host.</summary>
    private sealed class SqliteFile : SharedDatabase
    {
        private readonly TemporaryDirectory _directory = new();

        private string ConnectionString => $"Data Source={_directory.Combine("cards.db")};Pooling=False";

        public override IReadOnlyList<string> ServiceConfiguration => [$"--ConnectionStrings:Cards={ConnectionString}"];

        public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

        // Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE: the write lock is held from the start.
        private protected override string? CardWritesLock => null;

        public override void Dispose() => _directory.Dispose();
    }

    /// <summary>Two processes on one PostgreSQL database: instances behind a load balancer.</summary>
    private sealed class PostgresDatabase(string connectionString) : SharedDatabase
    {
        public override IReadOnlyList<string> ServiceConfiguration =>
            [$"--{DatabaseProviders.SettingName}=postgres", $"--ConnectionStrings:Cards={connectionString}"];

        public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

        private protected override string? CardWritesLock => "LOCK TABLE credit_cards IN SHARE MODE";

        public override void Dispose()
        {
        }
    }
}
