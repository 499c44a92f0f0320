using BenchmarkDotNet.Attributes;
using JsonApiCards.Api;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Benchmarks.Seeding;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// What a filter shape seen for the first time costs at 100 000 cards, and where that cost goes. The shape nests
/// <c>has</c> <see cref="Depth"/> deep through paths of <see cref="Hops"/> relationships per level: the depth is what
/// <c>JsonApi:MaxToManyFilterDepth</c> limits.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Cold_read</c>: the whole list read (query string, LINQ, EF Core compiling both statements, the COUNT for
/// <c>record_count</c>, one page) with EF Core's query cache emptied before every invocation: a shape seen for the first time.</item>
/// <item><c>Warm_read</c>: the same read with the cache kept, so <c>Cold_read</c> − <c>Warm_read</c> is what compiling costs.</item>
/// <item><c>Build_expression</c>: reading the query string and building the LINQ (our <see cref="QueryableBuilder"/>), no EF Core.</item>
/// <item><c>Count_statement_warm</c> and <c>Page_statement_warm</c>: running each compiled statement alone.</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
public class FirstFilterCompilationBenchmarks : IDisposable
{
    // Seeded once per process and kept for later runs: seeding 100 000 cards takes minutes, every parameter case shares it.
    private static readonly string Database = Path.Combine(Path.GetTempPath(), "jsonapicards-first-compile-100k.db");
    private WebApplication _app = null!;
    private QueryStringReader _reader = null!;
    private ProjectionColumnCatalog _columns = null!;
    private string _filter = null!;

    /// <summary>How many <c>has</c> nest.</summary>
    [Params(1, 2, 3, 4)]
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

        // Past the service's own limit, to show what the limit keeps out. The service reads without a request here, so the
        // caller is a test-mode integration given outright.
        _app = CardsServiceApplication.Create(
            [.. BenchmarkSettings.HostArguments(BenchmarkDatabase.SqliteFile(Database)), "--JsonApi:MaxToManyFilterDepth=16", "--JsonApi:MaxFilterSubqueries=64"],
            builder => builder.Services.AddScoped(_ => CallerContext.OfMode(CardsMode.Test)));

        // A database seeded by an earlier build gets the indexes added since, as the service's own start-up would give them.
        _app.MigrateCardsDatabaseAsync().GetAwaiter().GetResult();
        _reader = _app.Services.GetRequiredService<QueryStringReader>();
        _columns = _app.Services.GetRequiredService<ProjectionColumnCatalog>();
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

    [IterationSetup(Target = nameof(Cold_read))]
    public void ForgetCompiledQueries()
    {
        using IServiceScope scope = _app.Services.CreateScope();
        var cache = (MemoryCache)scope.ServiceProvider.GetRequiredService<CardsDbContext>().GetService<IMemoryCache>();
        cache.Clear();
    }

    [Benchmark(Baseline = true)]
    public Task<long> Cold_read() => ReadAsync();

    [Benchmark]
    public Task<long> Warm_read() => ReadAsync();

    [Benchmark]
    public int Build_expression()
    {
        using IServiceScope scope = _app.Services.CreateScope();
        var (page, count) = Statements(scope.ServiceProvider);
        return page.Expression.GetHashCode() ^ count.Expression.GetHashCode();
    }

    [Benchmark]
    public async Task<long> Count_statement_warm()
    {
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        return await Statements(scope.ServiceProvider).Count.LongCountAsync();
    }

    [Benchmark]
    public async Task<int> Page_statement_warm()
    {
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        return (await Statements(scope.ServiceProvider).Page.ToListAsync()).Count;
    }

    private async Task<long> ReadAsync()
    {
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<CreditCard>>();
        var (page, count) = await service.GetPageAsync(new ResourceQuery<CreditCard>(Layer(scope.ServiceProvider)), CancellationToken.None);
        return page.Count + count;
    }

    private QueryLayer Layer(IServiceProvider services)
    {
        var service = services.GetRequiredService<JsonApiResourceService<CreditCard>>();
        var definition = services.GetRequiredService<IResourceDefinition<CreditCard>>();
        return _reader.Read(CardsServiceFixture.Query(("filter", _filter)), service.ResourceType, definition.SimpleFilters, isCollection: true, definition.DefaultSort);
    }

    /// <summary>The two statements a list read runs (see <c>ProjectedReads</c>), built the way the service builds them.</summary>
    private (IQueryable<CreditCard> Page, IQueryable<CreditCard> Count) Statements(IServiceProvider services)
    {
        var service = services.GetRequiredService<JsonApiResourceService<CreditCard>>();
        ScopeFilterLookup scopes = services.GetRequiredService<ResourceDefinitionProvider>().ScopeFilters(services);
        QueryLayer layer = Layer(services);
        IQueryable<CreditCard> filtered = service.ScopedQuery.ApplyFilter(layer.Filter, scopes).ApplySort(layer.Sort, layer.ResourceType, scopes);
        return (filtered.ApplyPagination(layer.Pagination).ApplyProjection(layer, _columns, scopes), filtered);
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
