using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>report --input raw.tsv --scenarios scenarios.tsv --output results/latest --machine TEXT</c>: keeps the best run
/// (most requests per second) of each scenario and host, and writes the side-by-side table with the issue's targets
/// as markdown and JSON, and the cost of authentication (get_card with and without it on the baseline). <c>report --scale scale.tsv --pages scale-pages.tsv --count count.md --output results/scale.md</c> writes the scale notes.
/// </summary>
internal static class LoadReport
{
    private const double ReadThroughputTarget = 0.8;
    private const double WriteThroughputTarget = 0.7;
    private const double AllocationTarget = 1.5;
    private const string UnauthenticatedTarget = "baseline_no_auth";

    // Issue 15: a page by cursor at the largest size costs at most this much more than at the smallest.
    private const double CursorScaleTarget = 1.5;
    private const string CursorScenarioPrefix = "cursor_";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string[] args)
    {
        string output = CommandLine.RequiredOption(args, "--output");
        string machine = CommandLine.Option(args, "--machine", "");
        string scale = CommandLine.Option(args, "--scale", "");
        return scale.Length > 0
            ? WriteScale(scale, CommandLine.Option(args, "--pages", ""), CommandLine.Option(args, "--count", ""), output, machine)
            : WriteComparison(CommandLine.RequiredOption(args, "--input"), CommandLine.RequiredOption(args, "--scenarios"), output, machine);
    }

    private static int WriteComparison(string input, string scenariosFile, string output, string machine)
    {
        var kinds = File.ReadLines(scenariosFile).Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t')).ToDictionary(fields => fields[0], fields => fields[1]);
        var best = LoadMeasurement.Parse(File.ReadLines(input))
            .GroupBy(measurement => (measurement.Scenario, measurement.Target))
            .ToDictionary(group => group.Key, group => group.MaxBy(measurement => measurement.RequestsPerSecond)!);

        var rows = kinds.Keys.Where(scenario => best.ContainsKey((scenario, "service")) && best.ContainsKey((scenario, "baseline"))).Select(scenario =>
        {
            LoadMeasurement service = best[(scenario, "service")];
            LoadMeasurement baseline = best[(scenario, "baseline")];
            bool isWrite = kinds[scenario] == "write";
            double ratio = service.RequestsPerSecond / baseline.RequestsPerSecond;
            double allocationRatio = service.AllocatedBytesPerRequest / baseline.AllocatedBytesPerRequest;
            bool meetsTarget = ratio >= (isWrite ? WriteThroughputTarget : ReadThroughputTarget) && (isWrite || allocationRatio <= AllocationTarget);
            return new ComparisonRow(
                scenario, kinds[scenario], Round(ratio, 3), Round(allocationRatio, 2), meetsTarget,
                Round(service.RequestsPerSecond, 0), Round(baseline.RequestsPerSecond, 0),
                service.P50Ms, service.P99Ms, baseline.P50Ms, baseline.P99Ms,
                Round(service.AllocatedBytesPerRequest, 0), Round(baseline.AllocatedBytesPerRequest, 0),
                Round(service.SqlCommandsPerRequest, 2), Round(baseline.SqlCommandsPerRequest, 2));
        }).ToList();

        var markdown = new StringBuilder()
            .AppendLine("# Load benchmark: service vs hand-written baseline")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{machine}. Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `test/JsonApiCards.Benchmarks/load.sh`; best of the rounds for each host.")
            .AppendLine(CultureInfo.InvariantCulture, $"Targets: reads >= {ReadThroughputTarget}x the baseline's requests/s and <= {AllocationTarget}x its allocated bytes; writes >= {WriteThroughputTarget}x.")
            .AppendLine()
            .AppendLine("| scenario | req/s service | req/s baseline | ratio | p50 ms (s / b) | p99 ms (s / b) | alloc B/req (s / b) | alloc ratio | SQL/req (s / b) | target |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (ComparisonRow row in rows)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Scenario} | {row.ServiceRps:0} | {row.BaselineRps:0} | {row.Ratio:0.00} | {row.ServiceP50Ms:0.00} / {row.BaselineP50Ms:0.00} | {row.ServiceP99Ms:0.00} / {row.BaselineP99Ms:0.00} | {row.ServiceAllocatedBytesPerRequest:0} / {row.BaselineAllocatedBytesPerRequest:0} | {row.AllocationRatio:0.00} | {row.ServiceSqlPerRequest:0.##} / {row.BaselineSqlPerRequest:0.##} | {(row.MeetsTarget ? "met" : "MISSED")} |");
        }

        AuthenticationCost? authentication = AuthenticationCostOf(best);
        if (authentication is not null)
        {
            markdown
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Cost of authentication ({authentication.Scenario}, in the same run): every host above validates the bearer token (JwtBearer, HS256, revocations from memory) and applies the rate limit; the baseline also ran without authentication, rate limit kept.")
                .AppendLine()
                .AppendLine("| host | req/s | p50 ms | p99 ms | alloc B/req |")
                .AppendLine("|---|---:|---:|---:|---:|");
            foreach (var (host, run) in new[] { ("service, bearer token", authentication.Service), ("baseline, bearer token", authentication.Baseline), ("baseline, no authentication", authentication.Unauthenticated) })
            {
                markdown.AppendLine(CultureInfo.InvariantCulture, $"| {host} | {run.RequestsPerSecond:0} | {run.P50Ms:0.00} | {run.P99Ms:0.00} | {run.AllocatedBytesPerRequest:0} |");
            }

            markdown
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Validating the token costs the baseline {authentication.ThroughputCostPercent:0.#}% of its requests/s and {authentication.AllocatedBytesPerRequest:0} B per request.");
        }

        File.WriteAllText(output + ".md", markdown.ToString());
        File.WriteAllText(output + ".json", JsonSerializer.Serialize(new ComparisonReport(rows, authentication), JsonOptions) + "\n");
        Console.WriteLine(markdown);
        return 0;
    }

    private static int WriteScale(string scaleFile, string pagesFile, string countFile, string output, string machine)
    {
        // scale.tsv lines are raw.tsv lines with the card count in front.
        var bySize = File.ReadLines(scaleFile).Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .GroupBy(fields => int.Parse(fields[0], CultureInfo.InvariantCulture), fields => fields[1])
            .OrderBy(group => group.Key)
            .ToDictionary(group => group.Key, group => BestByScenario(LoadMeasurement.Parse(group)));
        var pages = ScalePages.Read(pagesFile);
        int[] sizes = [.. bySize.Keys];
        string sizeList = sizes.Length == 0 ? "no sizes" : string.Join(", ", sizes.SkipLast(1).Select(SizeName)) + (sizes.Length > 1 ? " and " : "") + SizeName(sizes[^1]);
        var markdown = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Scale: list scenarios and pages by cursor at {sizeList} cards")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{machine}. Service only, one client at a time, so p50 is the latency of one request; a list by page number without a filter or filtered on one card type reads the kept counts (credit_card_counts) and the page, any other filter a COUNT(*) and the page (number_unkept_filter_count). A page by cursor (cursor_*, Accept names the profile) counts nothing and seeks its position in an index; page 1000 is reached once by following links.next, then measured. Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `load.sh --scale`.")
            .AppendLine();
        if (sizes.Length > 0)
        {
            int smallest = sizes[0];
            int[] larger = sizes[1..];
            markdown
                .AppendLine(CultureInfo.InvariantCulture, $"| scenario | {string.Join(" | ", sizes.Select(size => $"p50 ms at {SizeName(size)}"))} | {string.Join(" | ", larger.Select(size => $"{SizeName(size)} / {SizeName(smallest)}"))} | {string.Join(" | ", sizes.Select(size => $"p99 ms at {SizeName(size)}"))} | {string.Join(" | ", sizes.Select(size => $"req/s at {SizeName(size)}"))} | cursor: p50 within {CursorScaleTarget}x of {SizeName(smallest)} |")
                .AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(Enumerable.Repeat("---:|", sizes.Length + larger.Length + (2 * sizes.Length)))}---|");
            foreach (string scenario in bySize[smallest].Keys)
            {
                LoadMeasurement?[] runs = [.. sizes.Select(size => bySize[size].GetValueOrDefault(scenario))];
                LoadMeasurement smallRun = runs[0]!;
                double?[] ratios = [.. runs.Skip(1).Select(run => run is null ? (double?)null : run.P50Ms / smallRun.P50Ms)];
                string verdict = !scenario.StartsWith(CursorScenarioPrefix, StringComparison.Ordinal) || ratios.Length == 0 || ratios[^1] is not { } largest
                    ? "—"
                    : largest <= CursorScaleTarget ? "yes" : "NO";
                markdown.AppendLine(CultureInfo.InvariantCulture,
                    $"| {scenario}{pages.Note(scenario, sizes)} | {Cells(runs, run => run.P50Ms.ToString("0.00", CultureInfo.InvariantCulture))} | {string.Join(" | ", ratios.Select(ratio => ratio?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—"))} | {Cells(runs, run => run.P99Ms.ToString("0.00", CultureInfo.InvariantCulture))} | {Cells(runs, run => run.RequestsPerSecond.ToString("0", CultureInfo.InvariantCulture))} | {verdict} |");
            }
        }

        if (countFile.Length > 0 && File.Exists(countFile))
        {
            markdown.AppendLine().Append(File.ReadAllText(countFile));
        }

        File.WriteAllText(output, markdown.ToString());
        Console.WriteLine(markdown);
        return 0;

        static string Cells(LoadMeasurement?[] runs, Func<LoadMeasurement, string> cell) => string.Join(" | ", runs.Select(run => run is null ? "—" : cell(run)));
    }

    /// <summary>A card count as the report names it: 10k, 200k, 1M, 10M.</summary>
    private static string SizeName(int size) => size switch
    {
        >= 1_000_000 when size % 1_000_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{size / 1_000_000}M"),
        >= 1_000 when size % 1_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{size / 1_000}k"),
        _ => size.ToString(CultureInfo.InvariantCulture),
    };

    private static AuthenticationCost? AuthenticationCostOf(Dictionary<(string Scenario, string Target), LoadMeasurement> best)
    {
        var unauthenticated = best.Where(run => run.Key.Target == UnauthenticatedTarget).Select(run => run.Value).FirstOrDefault();
        if (unauthenticated is null || !best.TryGetValue((unauthenticated.Scenario, "service"), out var service) || !best.TryGetValue((unauthenticated.Scenario, "baseline"), out var baseline))
        {
            return null;
        }

        return new AuthenticationCost(
            unauthenticated.Scenario, service, baseline, unauthenticated,
            Round(100 * (1 - (baseline.RequestsPerSecond / unauthenticated.RequestsPerSecond)), 1),
            Round(baseline.AllocatedBytesPerRequest - unauthenticated.AllocatedBytesPerRequest, 0));
    }

    private static Dictionary<string, LoadMeasurement> BestByScenario(IEnumerable<LoadMeasurement> measurements) =>
        measurements.GroupBy(measurement => measurement.Scenario).ToDictionary(group => group.Key, group => group.MaxBy(measurement => measurement.RequestsPerSecond)!);

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private sealed record ComparisonReport(IReadOnlyList<ComparisonRow> Scenarios, AuthenticationCost? AuthenticationCost);

    /// <summary>One scenario on the service and the baseline, both validating the token, and on the baseline without authentication.</summary>
    private sealed record AuthenticationCost(
        string Scenario, LoadMeasurement Service, LoadMeasurement Baseline, LoadMeasurement Unauthenticated,
        double ThroughputCostPercent, double AllocatedBytesPerRequest);

    private sealed record ComparisonRow(
        string Scenario, string Kind, double Ratio, double AllocationRatio, bool MeetsTarget,
        double ServiceRps, double BaselineRps,
        double ServiceP50Ms, double ServiceP99Ms, double BaselineP50Ms, double BaselineP99Ms,
        double ServiceAllocatedBytesPerRequest, double BaselineAllocatedBytesPerRequest,
        double ServiceSqlPerRequest, double BaselineSqlPerRequest);
}
