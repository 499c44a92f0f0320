using JsonApiCards.Benchmarks.Load;
using JsonApiCards.Benchmarks.Micro;
using JsonApiCards.Benchmarks.Seeding;

// micro:  BenchmarkDotNet micro benchmarks of the JSON:API layer (test/JsonApiCards.Benchmarks/results/micro).
// seed:   a benchmark database, written in bulk through the service's own model and vault.
// serve:  the service and the hand-written baseline side by side, with a control endpoint for allocations and SQL counts.
// report: turns load.sh's raw wrk measurements into results/latest.md and results/latest.json.
// count:  times COUNT(*) and page-1 queries on a database, for the scale notes.
// walk:   follows links.next of a cursor page on the running service, for load.sh --scale to measure a deep page.
// journey: one atomic operations request against the four single requests it replaces (results/atomic.md).
// soak:   a mixed workload for a bounded time, with the host's working set over it (results/soak.md, soak.sh).
return args.FirstOrDefault() switch
{
    "micro" => MicroBenchmarkRunner.Run(args[1..]),
    "seed" => await DatabaseSeeder.RunAsync(args[1..]),
    "serve" => await LoadHost.RunAsync(args[1..]),
    "report" => LoadReport.Run(args[1..]),
    "count" => await CountCost.RunAsync(args[1..]),
    "journey" => await JourneyBenchmark.RunAsync(args[1..]),
    "walk" => await CursorWalk.RunAsync(args[1..]),
    "soak" => await SoakRun.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: JsonApiCards.Benchmarks micro [BenchmarkDotNet options] | seed|serve|count [--provider postgres] --database FILE|CONNECTION_STRING [--cards N] | report --input FILE");
    return 2;
}
