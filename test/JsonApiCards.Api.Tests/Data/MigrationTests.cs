using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// The migrations are written by hand, so this checks they build exactly the schema the EF model describes; triggers,
/// which the model cannot describe, are checked on their own.
/// </summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Migrating_an_empty_database_gives_the_schema_of_the_model()
    {
        string migrated = await SchemaAsync("migrated.db", database => database.MigrateAsync());
        string created = await SchemaAsync("created.db", database => database.EnsureCreatedAsync());

        migrated.Should().Be(created);
    }

    [Fact]
    public async Task Migrating_adds_the_triggers_that_count_credit_cards()
    {
        await using var dbContext = Create("triggers.db");
        await dbContext.Database.MigrateAsync();
        var connection = (SqliteConnection)dbContext.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var triggers = new List<string>();
        while (await reader.ReadAsync())
        {
            triggers.Add($"{reader.GetString(0)} on {reader.GetString(1)}");
        }

        triggers.Should().Equal("credit_cards_counted_on_delete on credit_cards", "credit_cards_counted_on_insert on credit_cards", "credit_cards_counted_on_mode_or_card_type_change on credit_cards");
    }

    [Fact]
    public async Task No_migration_is_pending_after_migrating()
    {
        await using var dbContext = Create("pending.db");
        await dbContext.Database.MigrateAsync();

        (await dbContext.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        dbContext.Database.GetMigrations().Should().Equal("20261122000000_InitialSchema", "20261122010000_WalletUniqueness", "20261122020000_CreditCardListIndexes", "20261122030000_CreditCardCounts", "20261122040000_OrderAndCustomerListIndexes", "20261122050000_CreditCardCountsByCardType");
        (await dbContext.Database.GetAppliedMigrationsAsync()).Should().Equal(dbContext.Database.GetMigrations());
    }

    [Fact]
    public async Task Counting_per_card_type_starts_from_the_cards_that_exist_and_going_back_counts_per_mode_again()
    {
        await using var dbContext = Create("counts.db");
        var migrator = dbContext.GetService<IMigrator>();
        await migrator.MigrateAsync(PerModeCounts);
        foreach (var (mode, cardType) in new[] { ("test", "visa"), ("test", "visa"), ("test", "master"), ("live", "visa"), ("live", "discover") })
        {
            await dbContext.Database.ExecuteSqlAsync($"""
                INSERT INTO credit_cards (mode, card_type, first_name, last_name, month, year, bin, last_four, fingerprint, storage_state, number_key_id, created_at, updated_at)
                VALUES ({mode}, {cardType}, 'A', 'B', '10', '2030', '411111', '1111', 'fp', 'cached', 'k', '2026-01-01', '2026-01-01')
                """);
        }

        await migrator.MigrateAsync();
        (await KeptCountsAsync(dbContext, "SELECT mode || ' ' || card_type, \"count\" FROM credit_card_counts"))
            .Should().Equal(await KeptCountsAsync(dbContext, "SELECT mode || ' ' || card_type, COUNT(*) FROM credit_cards GROUP BY mode, card_type"));

        await migrator.MigrateAsync(PerModeCounts);
        (await KeptCountsAsync(dbContext, "SELECT mode, \"count\" FROM credit_card_counts"))
            .Should().Equal(await KeptCountsAsync(dbContext, "SELECT mode, COUNT(*) FROM credit_cards GROUP BY mode"));
    }

    private const string PerModeCounts = "20261122040000_OrderAndCustomerListIndexes";

    private static async Task<Dictionary<string, long>> KeptCountsAsync(CardsDbContext dbContext, string sql)
    {
        await dbContext.Database.OpenConnectionAsync();
        await using var command = dbContext.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts.Add(reader.GetString(0), reader.GetInt64(1));
        }

        return counts;
    }

    private async Task<string> SchemaAsync(string file, Func<Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade, Task> build)
    {
        await using var dbContext = Create(file);
        await build(dbContext.Database);
        var lines = new List<string>();
        var connection = (SqliteConnection)dbContext.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT type, name, tbl_name FROM sqlite_master WHERE type <> 'trigger' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'PK___EFMigrations%' ORDER BY type, name";
        await using var reader = await tables.ExecuteReaderAsync();
        var objects = new List<(string Type, string Name)>();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1)));
        }

        foreach (var (type, name) in objects)
        {
            lines.Add($"{type} {name}");
            string pragma = type == "table" ? $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{name}') ORDER BY name" : $"SELECT name, seqno, \"desc\", 0 FROM pragma_index_xinfo('{name}') WHERE key = 1 ORDER BY seqno";
            await using var columns = connection.CreateCommand();
            columns.CommandText = pragma;
            await using var columnReader = await columns.ExecuteReaderAsync();
            while (await columnReader.ReadAsync())
            {
                lines.Add($"  {columnReader.GetValue(0)} {columnReader.GetValue(1)} {columnReader.GetValue(2)} {columnReader.GetValue(3)}");
            }

            if (type == "table")
            {
                await using var keys = connection.CreateCommand();
                keys.CommandText = $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{name}') ORDER BY \"from\"";
                await using var keyReader = await keys.ExecuteReaderAsync();
                while (await keyReader.ReadAsync())
                {
                    lines.Add($"  fk {keyReader.GetValue(0)} -> {keyReader.GetValue(1)}.{keyReader.GetValue(2)} on delete {keyReader.GetValue(3)}");
                }
            }
        }

        return string.Join('\n', lines);
    }

    private CardsDbContext Create(string file) =>
        new(new DbContextOptionsBuilder<CardsDbContext>().UseSqlite($"Data Source={_directory.Combine(file)};Pooling=False").Options);

    public void Dispose() => _directory.Dispose();
}
