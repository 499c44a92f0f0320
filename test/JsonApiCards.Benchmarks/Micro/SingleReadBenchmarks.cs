using BenchmarkDotNet.Attributes;
using JsonApiCards.Api;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Benchmarks.Seeding;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// Reading one credit card through the resource service, as a GET does after routing: a request scope, the service and
/// its definition, the query, the read. Without a query string the read is a compiled query; the same read through a
/// simple filter (<c>filter[id]</c>, which matches the same card) takes EF Core's ordinary query path.
/// </summary>
[MemoryDiagnoser]
public class SingleReadBenchmarks : IDisposable
{
    private const long CardId = 123;
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jsonapicards-single-read-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private QueryLayer _plain = null!;
    private QueryLayer _filtered = null!;

    [GlobalSetup]
    public void Setup()
    {
        DatabaseSeeder.RunAsync(["--database", _database, "--cards", "1000"]).GetAwaiter().GetResult();
        // The service reads without a request here, so the caller is a test-mode integration given outright.
        _app = CardsServiceApplication.Create(
            BenchmarkSettings.HostArguments(BenchmarkDatabase.SqliteFile(_database)),
            builder => builder.Services.AddScoped(_ => CallerContext.OfMode(CardsMode.Test)));
        QueryStringReader reader = _app.Services.GetRequiredService<QueryStringReader>();
        using IServiceScope scope = _app.Services.CreateScope();
        var definition = scope.ServiceProvider.GetRequiredService<IResourceDefinition<CreditCard>>();
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<CreditCard>>();
        _plain = reader.Read(QueryCollection.Empty, service.ResourceType, definition.SimpleFilters, isCollection: false);
        _filtered = reader.Read(CardsServiceFixture.Query(("filter[id]", "123")), service.ResourceType, definition.SimpleFilters, isCollection: false);
    }

    [Benchmark(Baseline = true)]
    public Task<CreditCard> Compiled_query_without_a_query_string() => ReadAsync(_plain);

    [Benchmark]
    public Task<CreditCard> Ordinary_query_through_a_filter() => ReadAsync(_filtered);

    private async Task<CreditCard> ReadAsync(QueryLayer layer)
    {
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<CreditCard>>();
        return await service.GetAsync(CardId, new ResourceQuery<CreditCard>(layer), CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ((IDisposable?)_app)?.Dispose();
        _app = null!;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string file in new[] { _database, _database + "-wal", _database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        Cleanup();
        GC.SuppressFinalize(this);
    }
}
