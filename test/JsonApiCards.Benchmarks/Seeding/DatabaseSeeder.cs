using System.Diagnostics;
using JsonApiCards.Api;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// <c>seed --database FILE [--cards N]</c>: creates a benchmark database through the service's own migrations, model
/// and vault (benchmark keys), in one transaction. The file is in WAL mode so that writes during the load benchmark
/// do not block readers; that setting applies to the service and the baseline alike.
/// </summary>
internal static class DatabaseSeeder
{
    public static async Task<int> RunAsync(string[] args)
    {
        string database = Path.GetFullPath(CommandLine.RequiredOption(args, "--database"));
        SeedSize size = SeedSize.ForCards(CommandLine.IntOption(args, "--cards", 100_000));
        foreach (string file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var stopwatch = Stopwatch.StartNew();
        await using var app = CardsServiceApplication.Create(BenchmarkSettings.HostArguments(database));
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbContext = services.GetRequiredService<CardsDbContext>();
        await dbContext.Database.MigrateAsync();
        await dbContext.Database.OpenConnectionAsync();
        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        // Orders and cards point at each other; the load order cannot satisfy both, so checks wait for the commit.
        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=OFF;");
        DataKey dataKey = await services.GetRequiredService<DataKeyRing>().ActiveKeyAsync(CardsMode.Test, CancellationToken.None);
        var data = new SeedData(size, services.GetRequiredService<CardValidator>(), new CardProtection(services.GetRequiredService<CardFingerprint>()), dataKey);
        var inserter = new BulkInserter(dbContext);
        await using (var transaction = await dbContext.Database.BeginTransactionAsync())
        {
            inserter.Insert(data.Customers());
            inserter.Insert(data.Orders());
            inserter.Insert(data.Cards());
            inserter.Insert(data.PaymentSources());
            await transaction.CommitAsync();
        }

        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys=ON;");
        int violations = await dbContext.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_check").SingleAsync();
        if (violations > 0)
        {
            throw new InvalidOperationException($"The seeded database has {violations} broken foreign keys.");
        }

        await dbContext.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"seeded {database}: {size.Cards} cards, {size.Customers} customers, {size.Orders} orders, {size.PaymentSources} payment sources in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }
}
