using System.Globalization;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>One sampling interval of the soak: its throughput, p99 and failures, and the working set at its end.</summary>
internal sealed record SoakSample(TimeSpan Elapsed, double RequestsPerSecond, double P99Milliseconds, int Failures, double WorkingSetMegabytes)
{
    public string ToRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Elapsed.TotalSeconds:F0} | {RequestsPerSecond:F0} | {P99Milliseconds:F2} | {Failures} | {WorkingSetMegabytes:F1} |");
}
