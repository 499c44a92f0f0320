using System.Globalization;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// Whether the soak passed: after warm-up the working set stays flat (the median of every minute at most 10% above the
/// lowest minute's median) and no request got an answer it should not have.
/// </summary>
/// <remarks>
/// Minutes' medians rather than single samples: each garbage collection moves the working set by 15-20 MB (Server GC
/// lets gen0 grow that far between collections), which is not growth; growth is what stays from one minute to the next.
/// The lowest and highest samples are reported beside them.
/// </remarks>
internal sealed record SoakVerdict(bool Passed, string Summary)
{
    public const double AllowedGrowth = 0.10;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static SoakVerdict Of(IReadOnlyList<SoakSample> afterWarmup, SoakRecorder recorder)
    {
        List<double> minuteMedians = MinuteMedians(afterWarmup);
        if (minuteMedians.Count < 2)
        {
            return new SoakVerdict(false, "FAILED: fewer than two minutes of samples after warm-up to judge the working set (run longer)");
        }

        double lowest = minuteMedians.Min();
        double highest = minuteMedians.Max();
        double spread = (highest - lowest) / lowest;
        bool flat = spread <= AllowedGrowth;
        string memory = string.Create(CultureInfo.InvariantCulture,
            $"working set after warm-up, median of each minute {lowest:F1}-{highest:F1} MB ({spread:P1} apart, at most {AllowedGrowth:P0} allowed): {(flat ? "flat" : "NOT FLAT")} (single samples {afterWarmup.Min(sample => sample.WorkingSetMegabytes):F1}-{afterWarmup.Max(sample => sample.WorkingSetMegabytes):F1} MB)");
        string failures = recorder.Failures == 0
            ? "every request answered as expected"
            : $"{recorder.Failures} requests answered with another status, e.g. {string.Join("; ", recorder.FailureMessages.Take(3))}";
        bool passed = flat && recorder.Failures == 0;
        return new SoakVerdict(passed, $"{(passed ? "PASSED" : "FAILED")}: {memory}; {failures}");
    }

    /// <summary>The median working set of each minute after warm-up; a last minute with fewer samples than the first is left out.</summary>
    internal static List<double> MinuteMedians(IReadOnlyList<SoakSample> afterWarmup)
    {
        if (afterWarmup.Count == 0)
        {
            return [];
        }

        TimeSpan start = afterWarmup[0].Elapsed;
        List<List<double>> minutes = afterWarmup
            .GroupBy(sample => (int)((sample.Elapsed - start) / Window))
            .Select(minute => minute.Select(sample => sample.WorkingSetMegabytes).Order().ToList())
            .ToList();
        if (minutes.Count > 1 && minutes[^1].Count < minutes[0].Count)
        {
            minutes.RemoveAt(minutes.Count - 1);
        }

        return minutes.Select(Median).ToList();
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
