using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>The layer registered over the test model and its seeded database, as the service tests and the in-memory host use it.</summary>
internal static class LayerOverTestModel
{
    /// <summary>An open connection to a database holding <see cref="TestData"/>; an in-memory database lives as long as it.</summary>
    public static SqliteConnection OpenSeeded(string connectionString = "Data Source=:memory:")
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        TestDbContext.CreateSeeded(connection).Dispose();
        return connection;
    }

    /// <summary>
    /// <see cref="TestDbContext"/> on the database <paramref name="useDatabase"/> names, and the layer over the four test
    /// resources: cards as <paramref name="addCards"/> registers them (unscoped unless it says otherwise), the others unscoped.
    /// </summary>
    public static IServiceCollection AddLayerOverTestModel(
        this IServiceCollection services,
        Action<DbContextOptionsBuilder> useDatabase,
        Func<JsonApiResourceBuilder, JsonApiResourceBuilder>? addCards = null,
        Action<JsonApiOptions>? configure = null)
    {
        addCards ??= resources => resources.AddUnscoped<Card>();
        // With the layer's interceptor, which counts a written card's concurrency token up, as an application's context takes it.
        services.AddDbContext<TestDbContext>((provider, options) => useDatabase(options.AddInterceptors(provider.GetServices<IInterceptor>())));
        return services.AddJsonApi<TestDbContext>(
            resources => addCards(resources).AddUnscoped<Customer>().AddUnscoped<Order>().AddUnscoped<AuditEvent>(),
            options => configure?.Invoke(options));
    }

    /// <summary>The query of a request for <typeparamref name="TResource"/>, read as the layer's own reader reads it.</summary>
    public static QueryLayer ReadQuery<TResource>(this IServiceProvider services, string queryString, bool isCollection = true)
        where TResource : class, IIdentifiable =>
        services.GetRequiredService<QueryStringReader>().Read(
            QueryHelpers.ParseQuery("?" + queryString), services.GetRequiredService<ResourceGraph>().GetResourceType<TResource>(), [], isCollection);
}
