using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Queries.QueryableBuilding;

/// <summary>The query building extensions are public, for definitions and hosts: a missing argument is refused by name.</summary>
public sealed class QueryableBuildingArgumentTests
{
    private static readonly IQueryable<Card> Cards = Array.Empty<Card>().AsQueryable();

    private static readonly QueryLayer Layer = Read("sort=reference");

    public static TheoryData<string, Action> MissingArguments => new()
    {
        { "source", () => QueryableBuilder.ApplyFilter<Card>(null!, Layer.Filter) },
        { "source", () => QueryableBuilder.ApplySort<Card>(null!, Layer.Sort!, TestGraph.Cards) },
        { "sort", () => Cards.ApplySort(null!, TestGraph.Cards) },
        { "resourceType", () => Cards.ApplySort(Layer.Sort!, null!) },
        { "source", () => QueryableBuilder.ApplyPagination<Card>(null!, Layer.Pagination) },
        { "include", () => QueryableBuilder.IncludesCollection(null!) },
    };

    [Theory]
    [MemberData(nameof(MissingArguments))]
    public void A_missing_argument_is_refused_by_name(string parameter, Action build)
    {
        build.Should().Throw<ArgumentNullException>().WithParameterName(parameter);
    }

    [Fact]
    public void Projection_refuses_a_missing_argument_by_name()
    {
        using var database = new SeededTestDatabase();
        var columns = new ProjectionColumnCatalog(TestGraph.Graph, database.Context.Model, _ => []);

        FluentActions.Invoking(() => QueryableBuilder.ApplyProjection<Card>(null!, Layer, columns)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => Cards.ApplyProjection(null!, columns)).Should().Throw<ArgumentNullException>().WithParameterName("layer");
        FluentActions.Invoking(() => Cards.ApplyProjection(Layer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("columns");
        FluentActions.Invoking(() => new ProjectionColumnCatalog(null!, database.Context.Model, _ => [])).Should().Throw<ArgumentNullException>().WithParameterName("resourceGraph");
        FluentActions.Invoking(() => new ProjectionColumnCatalog(TestGraph.Graph, null!, _ => [])).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => new ProjectionColumnCatalog(TestGraph.Graph, database.Context.Model, null!)).Should().Throw<ArgumentNullException>().WithParameterName("requiredProperties");
        FluentActions.Invoking(() => columns.Select(null!, fieldset: null)).Should().Throw<ArgumentNullException>().WithParameterName("resourceType");
    }
}
