using System.Globalization;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// Whether the soak passed: after warm-up the working set stays flat (its highest sample at most 10% above its lowest) and
/// no request got an answer it should not have.
/// </summary>
internal sealed record SoakVerdict(bool Passed, string Summary)
{
    public const double AllowedGrowth = 0.10;

    public static SoakVerdict Of(IReadOnlyList<SoakSample> afterWarmup, SoakRecorder recorder)
    {
        if (afterWarmup.Count < 2)
        {
            return new SoakVerdict(false, "FAILED: too few samples after warm-up to judge the working set (run longer)");
        }

        double lowest = afterWarmup.Min(sample => sample.WorkingSetMegabytes);
        double highest = afterWarmup.Max(sample => sample.WorkingSetMegabytes);
        double spread = (highest - lowest) / lowest;
        bool flat = spread <= AllowedGrowth;
        string memory = string.Create(CultureInfo.InvariantCulture,
            $"working set after warm-up {lowest:F1}-{highest:F1} MB ({spread:P1} apart, at most {AllowedGrowth:P0} allowed): {(flat ? "flat" : "NOT FLAT")}");
        string failures = recorder.Failures == 0
            ? "every request answered as expected"
            : $"{recorder.Failures} requests answered with another status, e.g. {string.Join("; ", recorder.FailureMessages.Take(3))}";
        bool passed = flat && recorder.Failures == 0;
        return new SoakVerdict(passed, $"{(passed ? "PASSED" : "FAILED")}: {memory}; {failures}");
    }
}
