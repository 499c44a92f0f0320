using JsonApiCards.Api;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// The service's own resource graph, query-string reader and definitions, resolved from the real application
/// (built, never started), so micro benchmarks measure the layer exactly as the service configures it.
/// </summary>
internal sealed class CardsServiceFixture : IDisposable
{
    private readonly WebApplication _app;
    private readonly IServiceScope _scope;

    public CardsServiceFixture()
    {
        _app = CardsServiceApplication.Create(BenchmarkSettings.HostArguments(BenchmarkDatabase.SqliteFile(":memory:")));
        _scope = _app.Services.CreateScope();
        Graph = Services.GetRequiredService<ResourceGraph>();
        QueryStrings = Services.GetRequiredService<QueryStringReader>();
        Definitions = Services.GetRequiredService<ResourceDefinitionProvider>();
        CreditCards = Graph.GetResourceType<CreditCard>();
        CreditCardFilters = Services.GetRequiredService<IResourceDefinition<CreditCard>>().SimpleFilters;
    }

    public IServiceProvider Services => _scope.ServiceProvider;

    public ResourceGraph Graph { get; }

    public QueryStringReader QueryStrings { get; }

    public ResourceDefinitionProvider Definitions { get; }

    public ResourceType CreditCards { get; }

    public IReadOnlyList<SimpleFilter> CreditCardFilters { get; }

    /// <summary>A query string as ASP.NET Core hands it to the layer: decoded names and values.</summary>
    public static Dictionary<string, StringValues> Query(params (string Name, string Value)[] parameters) =>
        parameters.ToDictionary(parameter => parameter.Name, parameter => new StringValues(parameter.Value), StringComparer.Ordinal);

    public JsonApiCards.JsonApi.Queries.QueryLayer ReadCreditCardQuery(params (string Name, string Value)[] parameters) =>
        QueryStrings.Read(Query(parameters), CreditCards, CreditCardFilters, isCollection: true);

    public void Dispose()
    {
        _scope.Dispose();
        ((IDisposable)_app).Dispose();
    }
}
