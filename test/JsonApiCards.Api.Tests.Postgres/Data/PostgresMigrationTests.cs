using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// The PostgreSQL migrations (Data/Migrations/Postgres) build exactly the schema the EF model describes: tables, column
/// types and lengths, nullability, defaults, collations, keys and every index with its filter; the model snapshot is the
/// model's; and the triggers that keep the card counts, which the model cannot describe, are there and keep them exact.
/// </summary>
public sealed class PostgresMigrationTests
{
    [Fact]
    public async Task Migrating_an_empty_database_gives_the_schema_of_the_model()
    {
        string migrated = await SchemaAsync(database => database.MigrateAsync());
        string created = await SchemaAsync(database => database.EnsureCreatedAsync());

        migrated.Should().Be(created);
    }

    [Fact]
    public async Task Migrating_applies_every_migration_and_leaves_none_pending()
    {
        await using var dbContext = Create(await PostgresCluster.CreateEmptyDatabaseAsync());
        await dbContext.Database.MigrateAsync();

        dbContext.Database.GetMigrations().Should().NotBeEmpty().And.NotContain("20261122000000_InitialSchema", "the PostgreSQL set is its own, not SQLite's");
        (await dbContext.Database.GetAppliedMigrationsAsync()).Should().Equal(dbContext.Database.GetMigrations());
        (await dbContext.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_hold()
    {
        using var dbContext = Create("Host=127.0.0.1;Database=unused");

        dbContext.Database.HasPendingModelChanges().Should().BeFalse(
            "a change to the model needs its PostgreSQL migration too (dotnet ef migrations add <Name> --project src/JsonApiCards.Api --context PostgresCardsDbContext --output-dir Data/Migrations/Postgres)");
    }

    [Fact]
    public async Task Migrating_adds_the_triggers_that_count_credit_cards()
    {
        await using var dbContext = Create(await PostgresCluster.CreateEmptyDatabaseAsync());
        await dbContext.Database.MigrateAsync();

        // Deferred to the commit: the counts row of a mode and card type is locked only while a transaction commits.
        (await RowsAsync(dbContext, "SELECT tgname || ' on ' || tgrelid::regclass || CASE WHEN tginitdeferred THEN ' deferred' ELSE '' END FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"))
            .Should().Equal(
                "credit_cards_counted_on_delete on credit_cards deferred",
                "credit_cards_counted_on_insert on credit_cards deferred",
                "credit_cards_counted_on_mode_or_card_type_change on credit_cards deferred");
    }

    [Fact]
    public async Task The_triggers_keep_the_counts_equal_to_the_cards_through_inserts_changes_and_deletes()
    {
        await using var dbContext = Create(await PostgresCluster.CreateDatabaseAsync());
        foreach (var (mode, cardType) in new[] { ("test", "visa"), ("test", "visa"), ("test", "master"), ("live", "visa"), ("live", "discover") })
        {
            await dbContext.Database.ExecuteSqlAsync($"""
                INSERT INTO credit_cards (mode, card_type, first_name, last_name, month, year, bin, last_four, fingerprint, storage_state, number_key_id, card_identifier, version, created_at, updated_at)
                VALUES ({mode}, {cardType}, 'A', 'B', '10', '2030', '411111', '1111', 'fp', 'cached', 'k', gen_random_uuid(), 1, now(), now())
                """);
        }

        await dbContext.Database.ExecuteSqlRawAsync("UPDATE credit_cards SET card_type = 'amex' WHERE card_type = 'master'; UPDATE credit_cards SET mode = 'test' WHERE card_type = 'discover'; DELETE FROM credit_cards WHERE id = 1;");

        (await RowsAsync(dbContext, "SELECT mode || ' ' || card_type || ' ' || \"count\" FROM credit_card_counts WHERE \"count\" > 0 ORDER BY 1"))
            .Should().Equal(await RowsAsync(dbContext, "SELECT mode || ' ' || card_type || ' ' || COUNT(*) FROM credit_cards GROUP BY mode, card_type ORDER BY 1"))
            .And.Equal("live visa 1", "test amex 1", "test discover 1", "test visa 1");
    }

    private static async Task<string> SchemaAsync(Func<Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade, Task> build)
    {
        await using var dbContext = Create(await PostgresCluster.CreateEmptyDatabaseAsync());
        await build(dbContext.Database);
        var lines = new List<string>();
        lines.AddRange(await RowsAsync(dbContext, """
            SELECT table_name || '.' || column_name || ' ' || data_type || COALESCE('(' || character_maximum_length || ')', '')
                || ' nullable ' || is_nullable || ' identity ' || is_identity || ' default ' || COALESCE(column_default, '-')
                || ' collation ' || COALESCE(collation_name, '-')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' ORDER BY table_name, column_name
            """));
        // The counting triggers are constraint triggers (contype 't'), which the model cannot describe: their own test checks them.
        lines.AddRange(await RowsAsync(dbContext, """
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"__EFMigrationsHistory"'
                AND contype <> 't' ORDER BY 1
            """));
        lines.AddRange(await RowsAsync(dbContext, """
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory' ORDER BY indexname
            """));
        return string.Join('\n', lines);
    }

    private static async Task<List<string>> RowsAsync(CardsDbContext dbContext, string sql)
    {
        var connection = (NpgsqlConnection)dbContext.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static PostgresCardsDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresCardsDbContext>().UseNpgsql(connectionString).Options);
}
