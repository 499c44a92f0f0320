using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>Query expression nodes over the test model, for tests that build trees by hand.</summary>
internal static class TestExpressions
{
    /// <summary><c>reference</c> of a card: an attribute.</summary>
    public static readonly ResourceFieldChainExpression Reference = new(TestGraph.Cards.FindAttribute("reference")!);

    public static readonly RelationshipField Owner = TestGraph.Cards.FindRelationship("owner")!;

    public static readonly RelationshipField Orders = TestGraph.Customers.FindRelationship("orders")!;

    /// <summary><c>owner</c> of a card: a chain that ends in a to-one relationship.</summary>
    public static readonly ResourceFieldChainExpression ToOne = new([Owner], null);

    /// <summary><c>owner.orders</c> of a card: a chain that ends in a to-many relationship.</summary>
    public static readonly ResourceFieldChainExpression ToMany = new([Owner, Orders], null);

    public static readonly LiteralConstantExpression Text = new("a", "a");
}
