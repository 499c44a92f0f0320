using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Services;

/// <summary>
/// A to-many whose foreign key is on its members is written through each member's own to-one: the one EF Core pairs with
/// the collection, even where the member type has other to-ones (a card has an owner and an order).
/// </summary>
public sealed class InverseRelationshipCatalogTests : IDisposable
{
    private readonly SeededTestDatabase _database = new();

    [Theory]
    [InlineData("customers", "orders", "orders", "customer")]
    [InlineData("customers", "cards", "cards", "owner")]
    [InlineData("orders", "cards", "cards", "order")]
    public void A_to_many_is_written_through_the_to_one_its_members_point_back_with(string type, string toMany, string memberType, string toOne)
    {
        var catalog = new InverseRelationshipCatalog(TestGraph.Graph, _database.Context.Model);

        InverseToOne? inverse = catalog.Find(TestGraph.Graph.FindResourceType(type)!.FindRelationship(toMany)!);

        inverse.Should().NotBeNull();
        (inverse!.Relationship.Owner.PublicName, inverse.Relationship.PublicName).Should().Be((memberType, toOne));
    }

    [Fact]
    public void A_to_many_whose_members_have_no_to_one_back_has_no_inverse()
    {
        var catalog = new InverseRelationshipCatalog(TestGraph.Graph, _database.Context.Model);

        catalog.Find(TestGraph.Customers.FindRelationship("audit_events")!).Should().BeNull();
    }

    public void Dispose() => _database.Dispose();
}
