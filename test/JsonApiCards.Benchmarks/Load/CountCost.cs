using System.Diagnostics;
using System.Globalization;
using System.Text;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>count [--provider postgres] --database FILE|CONNECTION_STRING --cards N</c>: times, straight through EF Core, the
/// statements a list request costs — the kept counts the service reads for <c>meta.record_count</c> (summed for no filter,
/// one row for a card type), the <c>COUNT(*)</c> they replace and one on a filter without a kept count, and page 1 (and deep
/// pages, by number and by cursor) of data — and prints them with
/// the database's query plan as a markdown section.
/// </summary>
internal static class CountCost
{
    private const int Repetitions = 15;

    public static async Task<int> RunAsync(string[] args)
    {
        var database = BenchmarkDatabase.FromArguments(args);
        int cards = CommandLine.IntOption(args, "--cards", 0);
        // The report is this command's output: the warning EF Core logs for the kept count's Take(1) without an order (one
        // row per key, so none is needed) would land in it.
        await using var app = CardsServiceApplication.Create([.. BenchmarkSettings.HostArguments(database), "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Query=Error"]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CardsDbContext>();
        await db.Database.OpenConnectionAsync();
        string databaseName = database.IsSqlite ? "SQLite" : "PostgreSQL";

        // Constants rather than captured variables, so the printed SQL is the plain statement the database plans.
        IQueryable<CreditCard> all = db.CreditCards.AsNoTracking().Where(card => card.Mode == "test");
        IQueryable<CreditCard> visa = all.Where(card => card.CardType == "visa");
        IQueryable<CreditCardCount> kept = db.Set<CreditCardCount>().AsNoTracking().Where(count => count.Mode == "test");
        IQueryable<long> keptVisa = kept.Where(count => count.CardType == "visa").Select(count => count.Count);
        var statements = new (string Name, Func<Task> Run, string Sql)[]
        {
            ("kept counts (credit_card_counts) of the mode summed, no filter: what the service reads", () => kept.SumAsync(count => count.Count), kept.Select(count => count.Count).ToQueryString().Replace("SELECT \"c\".\"count\"", "SELECT COALESCE(SUM(\"c\".\"count\"), 0)", StringComparison.Ordinal)),
            ("kept count (credit_card_counts), card_type = visa: what the service reads", () => keptVisa.FirstOrDefaultAsync(), keptVisa.Take(1).ToQueryString()),
            Count("COUNT(*), no filter", all),
            Count("COUNT(*), card_type = visa", visa),
            Page("page 1 of 25, default order (id)", all.OrderBy(card => card.Id).Take(25)),
            Page("page 1 of 25, card_type = visa, sort -created_at", visa.OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Id).Take(25)),
            Page("page 2000 of 25, default order (OFFSET 49975)", all.OrderBy(card => card.Id).Skip(49_975).Take(25)),
            Count("COUNT(*), first_name = John: a filter with no kept count", all.Where(card => card.FirstName == "John")),
            Page("page 1000 of 10, default order, by number (OFFSET 9990)", all.OrderBy(card => card.Id).Skip(9_990).Take(10)),
            Page("page 1000 of 10, default order, by cursor (id after the cursor's, one row more to know if more follow)", all.Where(card => card.Id > 9_990).OrderBy(card => card.Id).Take(11)),
        };

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Statement cost at {cards:N0} cards")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Median of {Repetitions} runs after one warm-up, through EF Core on the seeded {databaseName} database.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"| statement | median ms | {databaseName} plan |")
            .AppendLine("|---|---:|---|");
        foreach (var (name, run, sql) in statements)
        {
            var timings = new List<double>();
            for (int repetition = 0; repetition <= Repetitions; repetition++)
            {
                var stopwatch = Stopwatch.StartNew();
                await run();
                if (repetition > 0)
                {
                    timings.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            timings.Sort();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {timings[timings.Count / 2]:0.00} | {await PlanAsync(db, sql, database.IsSqlite)} |");
        }

        Console.WriteLine(report);
        return 0;
    }

    private static (string, Func<Task>, string) Count(string name, IQueryable<CreditCard> query) =>
        (name, () => query.LongCountAsync(), query.Select(card => card.Id).ToQueryString().Replace("SELECT \"c\".\"id\"", "SELECT COUNT(*)", StringComparison.Ordinal));

    private static (string, Func<Task>, string) Page(string name, IQueryable<CreditCard> query) => (name, () => query.ToListAsync(), query.ToQueryString());

    private static async Task<string> PlanAsync(CardsDbContext db, string sql, bool sqlite)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();

        // ToQueryString declares parameters before the statement: as sqlite3 shell commands (".param set @p 25") on
        // SQLite, as comments ("-- @p='25'") on PostgreSQL.
        var lines = sql.Split('\n');
        foreach (string line in lines)
        {
            (string Name, string Value)? declaration = line switch
            {
                _ when line.StartsWith(".param set ", StringComparison.Ordinal) && line.Split(' ', 4) is [_, _, var name, var value] => (name, value),
                _ when line.StartsWith("-- @", StringComparison.Ordinal) && line[3..].Split('=', 2) is [var name, var value] => (name, value.Split(" (", 2)[0]),
                _ => null,
            };
            if (declaration is var (parameterName, text))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = parameterName;
                text = text.Trim().Trim('\'');
                parameter.Value = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) ? number : text;
                command.Parameters.Add(parameter);
            }
        }

        string statement = string.Join('\n', lines.Where(line => !line.StartsWith(".param", StringComparison.Ordinal) && !line.StartsWith("--", StringComparison.Ordinal)));
        command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + statement;
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(sqlite ? reader.GetString(3) : reader.GetString(0).Trim());
        }

        return string.Join("; ", steps).Replace("|", "\\|", StringComparison.Ordinal);
    }
}
