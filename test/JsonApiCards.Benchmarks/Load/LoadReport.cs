using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// <c>report --input raw.tsv --scenarios scenarios.tsv --output results/latest --machine TEXT</c>: keeps the best run
/// (most requests per second) of each scenario and host, and writes the side-by-side table with the targets
/// as markdown and JSON, and the cost of authentication (get_card with and without it on the baseline). <c>report --scale scale.tsv --count count.md --output results/scale.md</c> writes the scale notes.
/// </summary>
internal static class LoadReport
{
    private const double ReadThroughputTarget = 0.8;
    private const double WriteThroughputTarget = 0.7;
    private const double AllocationTarget = 1.5;
    private const string UnauthenticatedTarget = "baseline_no_auth";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string[] args)
    {
        string output = CommandLine.RequiredOption(args, "--output");
        string machine = CommandLine.Option(args, "--machine", "");
        string scale = CommandLine.Option(args, "--scale", "");
        return scale.Length > 0
            ? WriteScale(scale, CommandLine.Option(args, "--count", ""), output, machine)
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

    private static int WriteScale(string scaleFile, string countFile, string output, string machine)
    {
        // scale.tsv lines are raw.tsv lines with the card count in front.
        var bySize = File.ReadLines(scaleFile).Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .GroupBy(fields => int.Parse(fields[0], CultureInfo.InvariantCulture), fields => fields[1])
            .ToDictionary(group => group.Key, group => BestByScenario(LoadMeasurement.Parse(group)));
        var markdown = new StringBuilder()
            .AppendLine("# Scale: list scenarios at 10k and 1M cards")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{machine}. Service only, one client at a time, so p50 is the latency of one request; a list without a filter or filtered on one card type reads the kept counts (credit_card_counts) and the page, any other filter a COUNT(*) and the page. Generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `load.sh --scale`.")
            .AppendLine()
            .AppendLine("| scenario | p50 ms at 10k | p50 ms at 1M | 1M / 10k | p99 ms at 10k | p99 ms at 1M | req/s at 10k | req/s at 1M |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        if (bySize.TryGetValue(10_000, out var small) && bySize.TryGetValue(1_000_000, out var large))
        {
            foreach (var (scenario, smallRun) in small)
            {
                if (large.TryGetValue(scenario, out LoadMeasurement? largeRun))
                {
                    markdown.AppendLine(CultureInfo.InvariantCulture, $"| {scenario} | {smallRun.P50Ms:0.00} | {largeRun.P50Ms:0.00} | {largeRun.P50Ms / smallRun.P50Ms:0.00} | {smallRun.P99Ms:0.00} | {largeRun.P99Ms:0.00} | {smallRun.RequestsPerSecond:0} | {largeRun.RequestsPerSecond:0} |");
                }
            }
        }

        if (countFile.Length > 0 && File.Exists(countFile))
        {
            markdown.AppendLine().Append(File.ReadAllText(countFile));
        }

        File.WriteAllText(output, markdown.ToString());
        Console.WriteLine(markdown);
        return 0;
    }

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
