using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// Runs the micro benchmarks with a short job, in process (no generated project to build, so the whole suite takes
/// minutes on two cores), and exports GitHub markdown and JSON per class to <c>test/JsonApiCards.Benchmarks/results/micro/results</c>.
/// </summary>
internal static class MicroBenchmarkRunner
{
    public static int Run(string[] args)
    {
        string artifacts = Path.Combine(BenchmarkSettings.RepositoryRoot(), "test", "JsonApiCards.Benchmarks", "results", "micro");
        IConfig config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddExporter(MarkdownExporter.GitHub)
            .AddExporter(JsonExporter.Brief)
            .WithArtifactsPath(artifacts);

        string[] switches = args.Length == 0 ? ["--filter", "*"] : args;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarkRunner).Assembly).Run(switches, config);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
