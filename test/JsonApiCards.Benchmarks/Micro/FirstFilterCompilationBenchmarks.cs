using BenchmarkDotNet.Attributes;
using JsonApiCards.Api;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Benchmarks.Seeding;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// What a filter shape seen for the first time costs at 100 000 cards: reading the query string, building the LINQ,
/// EF Core compiling it (its query cache is emptied before every invocation, so each one pays the compilation) and
/// running it for one page. The shape nests <c>has</c> <see cref="Depth"/> deep through paths of <see cref="Hops"/>
/// relationships per level: the depth is what <c>JsonApi:MaxToManyFilterDepth</c> limits, the path length is limited to 8.
/// </summary>
[MemoryDiagnoser]
public class FirstFilterCompilationBenchmarks : IDisposable
{
    // Seeded once per process and kept for later runs: seeding 100 000 cards takes minutes, every parameter case shares it.
    private static readonly string Database = Path.Combine(Path.GetTempPath(), "jsonapicards-first-compile-100k.db");
    private WebApplication _app = null!;
    private string _filter = null!;

    /// <summary>How many <c>has</c> nest.</summary>
    [Params(1, 2, 3, 4, 6)]
    public int Depth { get; set; }

    /// <summary>Relationships per level after the first: 2 (<c>customer.orders</c>) or 4 (<c>payment_source.order.customer.orders</c>).</summary>
    [Params(2, 4)]
    public int Hops { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(Database))
        {
            DatabaseSeeder.RunAsync(["--database", Database, "--cards", "100000"]).GetAwaiter().GetResult();
        }

        // Past the service's own limit, to show what the limit keeps out.
        _app = CardsServiceApplication.Create([.. BenchmarkSettings.HostArguments(Database), "--JsonApi:MaxToManyFilterDepth=16"]);
        _filter = NestedHas(Depth, Hops == 2 ? "customer.orders" : "payment_source.order.customer.orders");
    }

    /// <summary><c>has(order.customer.orders,has(customer.orders,...equals(status,'placed')))</c>, <paramref name="depth"/> deep.</summary>
    public static string NestedHas(int depth, string levelPath)
    {
        string filter = "equals(status,'placed')";
        for (int level = depth; level >= 1; level--)
        {
            filter = $"has({(level == 1 ? "order.customer.orders" : levelPath)},{filter})";
        }

        return filter;
    }

    [IterationSetup]
    public void ForgetCompiledQueries()
    {
        using IServiceScope scope = _app.Services.CreateScope();
        var cache = (MemoryCache)scope.ServiceProvider.GetRequiredService<CardsDbContext>().GetService<IMemoryCache>();
        cache.Clear();
    }

    [Benchmark]
    public async Task<long> First_read_of_a_nested_has_shape()
    {
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<CreditCard>>();
        var definition = scope.ServiceProvider.GetRequiredService<IResourceDefinition<CreditCard>>();
        QueryLayer layer = _app.Services.GetRequiredService<QueryStringReader>()
            .Read(CardsServiceFixture.Query(("filter", _filter)), service.ResourceType, definition.SimpleFilters, isCollection: true, definition.DefaultSort);
        var (page, count) = await service.GetPageAsync(new ResourceQuery<CreditCard>(layer), CancellationToken.None);
        return page.Count + count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ((IDisposable?)_app)?.Dispose();
        _app = null!;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        Cleanup();
        GC.SuppressFinalize(this);
    }
}
