using System.Globalization;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>One wrk run as load.sh records it: a line of raw.tsv.</summary>
internal sealed record LoadMeasurement(string Scenario, string Target, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long AllocatedBytes, long SqlCommands)
{
    public double AllocatedBytesPerRequest => (double)AllocatedBytes / Requests;

    public double SqlCommandsPerRequest => (double)SqlCommands / Requests;

    public static IEnumerable<LoadMeasurement> Parse(IEnumerable<string> lines) =>
        lines
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => new LoadMeasurement(
                fields[0],
                fields[1],
                Number(fields[3]),
                Number(fields[4]),
                Number(fields[5]),
                long.Parse(fields[6], CultureInfo.InvariantCulture),
                long.Parse(fields[7], CultureInfo.InvariantCulture),
                long.Parse(fields[8], CultureInfo.InvariantCulture)));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
