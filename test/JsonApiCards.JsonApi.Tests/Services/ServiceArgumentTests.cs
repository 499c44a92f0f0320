using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>The layer's services refuse a missing argument by name, before they touch the database.</summary>
public sealed class ServiceArgumentTests : IDisposable
{
    private readonly SeededTestDatabase _database = new();

    [Fact]
    public void A_missing_argument_is_refused_by_name()
    {
        var model = _database.Context.Model;

        FluentActions.Invoking(() => new ConcurrencyTokens(null!, model)).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => new ConcurrencyTokens(TestGraph.Graph, null!)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => new InverseRelationshipCatalog(null!, model)).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => new InverseRelationshipCatalog(TestGraph.Graph, null!)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => new ResourceByIdLoader(null!)).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => new ResourceDefinitionProvider(null!)).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => new RelatedResourceReader(null!, null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => RelationshipChangeRules.EnsureAllowed(null!, WriteOperation.Update)).Should().Throw<ArgumentNullException>().WithParameterName("relationship");
    }

    [Fact]
    public async Task The_resource_service_and_the_readers_refuse_a_missing_argument_by_name()
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddLayerOverTestModel(options => options.UseSqlite(_database.Connection));
        await using ServiceProvider provider = services.BuildServiceProvider();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<JsonApiResourceService<Customer>>();
        var reader = provider.GetRequiredService<RelatedResourceReader>();
        var singleReads = provider.GetRequiredService<CompiledSingleReads>();
        var definition = scope.ServiceProvider.GetRequiredService<IResourceDefinition<Customer>>();
        QueryLayer layer = provider.ReadQuery<Customer>(string.Empty, isCollection: false);
        IQueryable<Customer> customers = service.ScopedQuery;
        CancellationToken none = CancellationToken.None;

        // Act and assert
        await RefusedAsync(() => service.GetPageAsync(null!, none), "query");
        await RefusedAsync(() => service.GetAsync(1, null!, none), "query");
        await RefusedAsync(() => service.CreateAsync(null!, none), "request");
        await RefusedAsync(() => service.UpdateAsync(1, null!, none), "request");
        await RefusedAsync(() => service.SetRelationshipAsync(1, null!, none), "linkage");
        await RefusedAsync(() => service.AssignRelationshipAsync(new Customer(), null!, none), "linkage");
        await RefusedAsync(() => service.LoadRelatedAsync(null!, none), "linkage");
        await RefusedAsync(() => reader.ReadCollectionAsync(customers, 1, null!, layer, scope.ServiceProvider, none), "relationship");
        await RefusedAsync(() => reader.ReadCursorPageAsync(customers, 1, null!, layer, null!, scope.ServiceProvider, none), "relationship");
        await RefusedAsync(() => reader.ReadSingleAsync(customers, 1, null!, layer, scope.ServiceProvider, none), "relationship");
        await RefusedAsync(() => reader.ReadLinkageAsync(customers, 1, null!, scope.ServiceProvider, none), "relationship");
        FluentActions.Invoking(() => singleReads.Find<Customer>(null!, service.ResourceType, layer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("definition");
        FluentActions.Invoking(() => singleReads.Find<Customer>(definition, service.ResourceType, null!, null!)).Should().Throw<ArgumentNullException>().WithParameterName("layer");
        FluentActions.Invoking(() => singleReads.Get<Customer>(null!, (Customer customer) => customer.Id > 0, (Customer customer) => customer))
            .Should().Throw<ArgumentNullException>().WithParameterName("resourceType");
    }

    public void Dispose() => _database.Dispose();

    private static async Task RefusedAsync(Func<Task> call, string parameter) =>
        (await call.Should().ThrowAsync<ArgumentNullException>()).WithParameterName(parameter);
}
