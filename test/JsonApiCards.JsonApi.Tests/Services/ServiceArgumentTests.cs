using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>The services built at start-up from the resource graph and the EF Core model refuse a missing one by name.</summary>
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

    public void Dispose() => _database.Dispose();
}
