using System.Diagnostics;
using System.Globalization;
using System.Text;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>count --database FILE --cards N</c>: times, straight through EF Core, the statements a list request costs —
/// <c>COUNT(*)</c> for <c>meta.record_count</c> with and without a filter, and page 1 (and a deep page) of data —
/// and prints them with SQLite's query plan as a markdown section.
/// </summary>
internal static class CountCost
{
    private const int Repetitions = 15;

    public static async Task<int> RunAsync(string[] args)
    {
        string database = Path.GetFullPath(CommandLine.RequiredOption(args, "--database"));
        int cards = CommandLine.IntOption(args, "--cards", 0);
        var options = new DbContextOptionsBuilder<CardsDbContext>().UseSqlite($"Data Source={database}").Options;
        await using var db = new CardsDbContext(options);
        await db.Database.OpenConnectionAsync();

        // Constants rather than captured variables, so the printed SQL is the plain statement SQLite plans.
        IQueryable<CreditCard> all = db.CreditCards.AsNoTracking().Where(card => card.Mode == "test");
        IQueryable<CreditCard> visa = all.Where(card => card.CardType == "visa");
        var statements = new (string Name, IQueryable<CreditCard> Query, bool IsCount)[]
        {
            ("COUNT(*), no filter", all, true),
            ("COUNT(*), card_type = visa", visa, true),
            ("page 1 of 25, default order (id)", all.OrderBy(card => card.Id).Take(25), false),
            ("page 1 of 25, card_type = visa, sort -created_at", visa.OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Id).Take(25), false),
            ("page 2000 of 25, default order (OFFSET 49975)", all.OrderBy(card => card.Id).Skip(49_975).Take(25), false),
        };

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"## Statement cost at {cards:N0} cards")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Median of {Repetitions} runs after one warm-up, through EF Core on the seeded SQLite file.")
            .AppendLine()
            .AppendLine("| statement | median ms | SQLite plan |")
            .AppendLine("|---|---:|---|");
        foreach (var (name, query, isCount) in statements)
        {
            var timings = new List<double>();
            for (int run = 0; run <= Repetitions; run++)
            {
                var stopwatch = Stopwatch.StartNew();
                _ = isCount ? await query.LongCountAsync() : (await query.ToListAsync()).Count;
                if (run > 0)
                {
                    timings.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            timings.Sort();
            string sql = isCount ? query.Select(card => card.Id).ToQueryString().Replace("SELECT \"c\".\"id\"", "SELECT COUNT(*)", StringComparison.Ordinal) : query.ToQueryString();
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {timings[timings.Count / 2]:0.00} | {await PlanAsync(db, sql)} |");
        }

        Console.WriteLine(report);
        return 0;
    }

    private static async Task<string> PlanAsync(CardsDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();

        // ToQueryString declares parameters as sqlite3 shell commands (".param set @p 25") before the statement.
        var lines = sql.Split('\n');
        foreach (string[] declaration in lines.Where(line => line.StartsWith(".param set ", StringComparison.Ordinal)).Select(line => line.Split(' ', 4)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = declaration[2];
            parameter.Value = declaration[3].Trim().Trim('\'');
            command.Parameters.Add(parameter);
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join("; ", steps);
    }
}
