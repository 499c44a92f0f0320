namespace JsonApiCards.Benchmarks.Load;

/// <summary>Nearest-rank percentiles of sorted latencies.</summary>
internal static class Percentiles
{
    /// <summary>The value below which <paramref name="fraction"/> of the sorted values lie (NaN when there are none).</summary>
    public static double Of(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
