using JsonApiCards.Api.Data;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// One application over a database holding a <see cref="RealisticSeed"/>, written once for a whole test class:
/// tests using it only read.
/// </summary>
public sealed class RealisticDataFixture : IAsyncLifetime
{
    // The deepest cases pass through 8 relationships: past the default JsonApi:MaxFilterSubqueries, they prove the rows
    // stay right when a deployment raises it.
    public JsonApiCardsApplication App { get; } = new() { Settings = { ["JsonApi:MaxFilterSubqueries"] = "8" } };

    public RealisticSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.ResetDatabaseAsync();
        DataKeyRing keyRing = App.Services.GetRequiredService<DataKeyRing>();
        Dictionary<string, DataKey> dataKeys = new()
        {
            [CardsMode.Test] = await keyRing.ActiveKeyAsync(CardsMode.Test, CancellationToken.None),
            [CardsMode.Live] = await keyRing.ActiveKeyAsync(CardsMode.Live, CancellationToken.None),
        };
        Seed = new RealisticSeed(mode => dataKeys[mode], App.Services.GetRequiredService<CardFingerprint>());

        await using CardsDbContext dbContext = App.CreateDbContext();
        // Cards and orders point at each other; the seed makes every key valid, so rows go in as a bulk import would,
        // with the foreign keys checked by the seed rather than row by row.
        await dbContext.Database.OpenConnectionAsync();
        dbContext.ChangeTracker.AutoDetectChangesEnabled = false;
        if (TestedDatabase.IsPostgres)
        {
            await SeedPostgresAsync(dbContext);
            return;
        }

        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        await using (var transaction = await dbContext.Database.BeginTransactionAsync())
        {
            AddSeed(dbContext);
            await dbContext.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON;");
        long violations = await dbContext.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_check").SingleAsync();
        violations.Should().Be(0, "the seed keeps every foreign key valid");
    }

    // PostgreSQL checks foreign keys with triggers, which the replica role skips (the count triggers too, so the counts are
    // taken afterwards). The SQLite run checks the same seed's keys.
    private async Task SeedPostgresAsync(CardsDbContext dbContext)
    {
        await using (var transaction = await dbContext.Database.BeginTransactionAsync())
        {
            await dbContext.Database.ExecuteSqlRawAsync("SET LOCAL session_replication_role = replica;");
            AddSeed(dbContext);
            await dbContext.SaveChangesAsync();
            await dbContext.Database.ExecuteSqlRawAsync("""
                DELETE FROM credit_card_counts;
                INSERT INTO credit_card_counts (mode, card_type, "count") SELECT mode, card_type, COUNT(*) FROM credit_cards GROUP BY mode, card_type;
                """);
            await transaction.CommitAsync();
        }

        await PostgresIdentities.CatchUpAsync(dbContext);

        // Statistics, as autovacuum would gather them after a bulk load, so the planner chooses as it would in production.
        await dbContext.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    private void AddSeed(CardsDbContext dbContext)
    {
        dbContext.AddRange(Seed.Customers);
        dbContext.AddRange(Seed.Cards);
        dbContext.AddRange(Seed.Orders);
        dbContext.AddRange(Seed.PaymentSources);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
