using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// The migrations build exactly the schema the EF model describes, and the model snapshot that <c>dotnet ef migrations add</c>
/// compares with is the model's, so a model change without its migration fails here. The first six migrations were written
/// by hand, with no target models; triggers, which the model cannot describe, are checked on their own. A database made by
/// an earlier migration keeps its rows on the way to the newest one.
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
    public async Task Migrating_applies_every_migration_and_leaves_none_pending()
    {
        await using var dbContext = Create("pending.db");
        await dbContext.Database.MigrateAsync();

        dbContext.Database.GetMigrations().Should().NotBeEmpty();
        (await dbContext.Database.GetAppliedMigrationsAsync()).Should().Equal(dbContext.Database.GetMigrations());
        (await dbContext.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_hold()
    {
        using var dbContext = Create("snapshot.db");

        dbContext.Database.HasPendingModelChanges().Should().BeFalse(
            "a change to the model needs its migration (dotnet ef migrations add <Name> --project src/JsonApiCards.Api), which also updates the snapshot");
    }

    [Theory]
    [InlineData("20261122000000_InitialSchema")]
    [InlineData(NewestWhenRowsWereWritten)]
    public async Task A_database_with_rows_keeps_them_when_migrated_to_the_newest_migration(string madeBy)
    {
        await using (var dbContext = Create("rows.db"))
        {
            await dbContext.GetService<IMigrator>().MigrateAsync(madeBy);
            await dbContext.Database.OpenConnectionAsync();
            await using var insert = dbContext.Database.GetDbConnection().CreateCommand();
            insert.CommandText = RowsOfEveryTable; // as it is, not as a format string: the JSON's braces stay
            await insert.ExecuteNonQueryAsync();
        }

        await using var migrated = Create("rows.db");
        await migrated.Database.MigrateAsync();

        (await migrated.Customers.AsNoTracking().SingleAsync()).Should().BeEquivalentTo(new
        {
            Id = 1L, Mode = "test", Email = "ada@example.com", Status = "acquired", Reference = "c-1",
            CreatedAt = new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2026, 1, 2, 10, 0, 0, DateTimeKind.Utc),
        });
        (await migrated.Customers.AsNoTracking().Select(customer => customer.Metadata).SingleAsync())!.ToJsonString().Should().Be("""{"tier":"gold"}""");
        (await migrated.CreditCards.AsNoTracking().SingleAsync()).Should().BeEquivalentTo(new
        {
            Id = 1L, Mode = "test", CardType = "visa", FirstName = "Ada", LastName = "Lovelace", Month = "10", Year = "2030",
            Bin = "411111", LastFour = "1111", Fingerprint = "fp-1", StorageState = "retained", NumberCiphertext = new byte[] { 1, 2, 3 },
            NumberKeyId = "k1", OrderId = 1L,
        });
        (await migrated.CreditCards.AsNoTracking().Select(card => card.CardIdentifier).SingleAsync()).Should().NotBe(Guid.Empty, "a card made before card identifiers gets one");
        (await migrated.Orders.AsNoTracking().SingleAsync()).Should().BeEquivalentTo(new
        {
            Id = 1L, Mode = "test", Number = "1001", Status = "placed", PaymentStatus = "authorized", CurrencyCode = "EUR",
            CustomerEmail = "ada@example.com", CustomerId = 1L, PaymentSourceId = 1L, TotalAmountCents = 4200L,
        });
        (await migrated.CustomerPaymentSources.AsNoTracking().SingleAsync()).Should().BeEquivalentTo(new
        {
            Id = 1L, Mode = "test", Name = "Ada's Visa", CustomerToken = "ct-1", PaymentSourceToken = "pst-1", CustomerId = 1L, PaymentSourceId = 1L,
        });
    }

    /// <summary>
    /// The newest migration when <see cref="RowsOfEveryTable"/> was written: that SQL fits the schema of every migration up
    /// to this one (none before it changed a column), so each migration added later is run over a database made without it.
    /// </summary>
    private const string NewestWhenRowsWereWritten = "20261122050000_CreditCardCountsByCardType";

    private const string RowsOfEveryTable = """
        INSERT INTO customers (id, mode, email, status, reference, metadata, created_at, updated_at)
        VALUES (1, 'test', 'ada@example.com', 'acquired', 'c-1', '{"tier":"gold"}', '2026-01-01 10:00:00', '2026-01-02 10:00:00');
        INSERT INTO credit_cards (id, mode, card_type, first_name, last_name, month, year, bin, last_four, fingerprint, storage_state, number_ciphertext, number_key_id, created_at, updated_at)
        VALUES (1, 'test', 'visa', 'Ada', 'Lovelace', '10', '2030', '411111', '1111', 'fp-1', 'retained', X'010203', 'k1', '2026-01-01 10:00:00', '2026-01-01 10:00:00');
        INSERT INTO orders (id, mode, number, status, payment_status, currency_code, customer_email, customer_id, payment_source_id, total_amount_cents, created_at, updated_at)
        VALUES (1, 'test', '1001', 'placed', 'authorized', 'EUR', 'ada@example.com', 1, 1, 4200, '2026-01-01 10:00:00', '2026-01-01 10:00:00');
        UPDATE credit_cards SET order_id = 1 WHERE id = 1;
        INSERT INTO customer_payment_sources (id, mode, name, customer_token, payment_source_token, customer_id, payment_source_id, created_at, updated_at)
        VALUES (1, 'test', 'Ada''s Visa', 'ct-1', 'pst-1', 1, 1, '2026-01-01 10:00:00', '2026-01-01 10:00:00');
        """;

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
        var objects = new List<(string Type, string Name, string Table)>();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        foreach (var (type, name, table) in objects)
        {
            lines.Add($"{type} {name}");
            if (type == "index")
            {
                await using var unique = connection.CreateCommand();
                unique.CommandText = $"SELECT \"unique\" FROM pragma_index_list('{table}') WHERE name = '{name}'";
                lines.Add($"  unique {await unique.ExecuteScalarAsync()}");
            }

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
