using System.Diagnostics;
using JsonApiCards.Api;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Vault;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// <c>seed [--provider postgres] --database FILE|CONNECTION_STRING [--cards N]</c>: creates a benchmark database through
/// the service's own migrations, model and vault (benchmark keys), in one transaction. A SQLite file is in WAL mode so
/// that writes during the load benchmark do not block readers; that setting applies to the service and the baseline alike.
/// A PostgreSQL database must exist and be empty.
/// </summary>
internal static class DatabaseSeeder
{
    private static readonly TimeSpan SeedStatementTimeout = TimeSpan.FromHours(2);

    public static async Task<int> RunAsync(string[] args)
    {
        var database = BenchmarkDatabase.FromArguments(args);
        SeedSize size = SeedSize.ForCards(CommandLine.IntOption(args, "--cards", 100_000));
        if (database.IsSqlite)
        {
            foreach (string file in new[] { database.Description, database.Description + "-wal", database.Description + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        // A new PostgreSQL database has no migrations history yet: EF Core logs the failed first look at it as an error.
        await using var app = CardsServiceApplication.Create(
            [.. BenchmarkSettings.HostArguments(database), "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=None"]);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dbContext = services.GetRequiredService<CardsDbContext>();
        // Statements over every row (the orders' update, the counts, VACUUM ANALYZE) take minutes at ten million cards.
        dbContext.Database.SetCommandTimeout(SeedStatementTimeout);
        await dbContext.Database.MigrateAsync();
        await dbContext.Database.OpenConnectionAsync();
        if (database.IsSqlite)
        {
            // The seed is one transaction into a file that is thrown away if it fails: no rollback journal (in WAL mode the
            // whole database would pass through the WAL, twice the disk of an ~11 GB file at ten million cards), and a page
            // cache that holds the random-order fingerprint indexes. WAL mode is set once the rows are in.
            await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576;");
        }

        DataKey dataKey = await services.GetRequiredService<DataKeyRing>().ActiveKeyAsync(CardsMode.Test, CancellationToken.None);
        var data = new SeedData(size, services.GetRequiredService<CardValidator>(), new CardProtection(services.GetRequiredService<CardFingerprint>()), dataKey);
        var inserter = new BulkInserter(dbContext);
        await using (var transaction = await dbContext.Database.BeginTransactionAsync())
        {
            if (!database.IsSqlite)
            {
                // Each card's insert would bump one kept-count row: within one transaction PostgreSQL then walks an ever
                // longer chain of that row's versions (a million cards took over half an hour). The triggers (and the
                // foreign keys' checks, which the seed's order keeps anyway) are off for the seed; the counts are made after.
                await dbContext.Database.ExecuteSqlRawAsync("SET LOCAL session_replication_role = replica;");
            }

            inserter.Insert(data.Customers(), size.Customers);
            inserter.Insert(data.Orders(), size.Orders);
            inserter.Insert(data.Cards(), size.Cards);
            inserter.Insert(data.PaymentSources(), size.PaymentSources);
            Console.WriteLine($"seeding: rows in after {stopwatch.Elapsed.TotalSeconds:0} s; linking the orders to their payment sources");
            await dbContext.Orders.Where(order => order.Id <= data.PaidOrders)
                .ExecuteUpdateAsync(order => order.SetProperty(paid => paid.PaymentSourceId, paid => (long?)paid.Id));
            if (!database.IsSqlite)
            {
                await IdentitySequences.MovePastSeededRowsAsync(dbContext);
                await dbContext.Database.ExecuteSqlRawAsync(
                    "INSERT INTO credit_card_counts (mode, card_type, \"count\") SELECT mode, card_type, COUNT(*) FROM credit_cards GROUP BY mode, card_type;");
            }

            await transaction.CommitAsync();
        }

        Console.WriteLine($"seeding: committed after {stopwatch.Elapsed.TotalSeconds:0} s");
        if (database.IsSqlite)
        {
            await dbContext.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        else
        {
            await dbContext.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
        }

        Console.WriteLine($"seeded {database.Description}: {size.Cards} cards, {size.Customers} customers, {size.Orders} orders, {size.PaymentSources} payment sources in {stopwatch.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }
}
