using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Queries.Expressions;

public sealed class QueryExpressionVisitorTests
{
    private static readonly ResourceFieldChainExpression Reference = new(TestGraph.Cards.FindAttribute("reference")!);
    private static readonly RelationshipField Owner = TestGraph.Cards.FindRelationship("owner")!;
    private static readonly RelationshipField Orders = TestGraph.Customers.FindRelationship("orders")!;
    private static readonly ResourceFieldChainExpression OwnerOrders = new([Owner, Orders], null);
    private static readonly LiteralConstantExpression Text = new("a", "a");

    public static TheoryData<QueryExpression, string> EveryNodeType => new()
    {
        { Reference, nameof(ResourceFieldChainExpression) },
        { Text, nameof(LiteralConstantExpression) },
        { NullConstantExpression.Instance, nameof(NullConstantExpression) },
        { new ComparisonExpression(ComparisonOperator.Equals, Reference, Text), nameof(ComparisonExpression) },
        { new MatchTextExpression(TextMatchKind.Contains, Reference, Text), nameof(MatchTextExpression) },
        { new AnyExpression(Reference, [Text]), nameof(AnyExpression) },
        { new HasExpression(OwnerOrders, null), nameof(HasExpression) },
        { new CountExpression(OwnerOrders), nameof(CountExpression) },
        { new IsTypeExpression(new ResourceFieldChainExpression([Owner], null), TestGraph.Customers), nameof(IsTypeExpression) },
        { new NotExpression(new HasExpression(OwnerOrders, null)), nameof(NotExpression) },
        { new LogicalExpression(LogicalOperator.Or, [new HasExpression(OwnerOrders, null), new NotExpression(new HasExpression(OwnerOrders, null))]), nameof(LogicalExpression) },
        { SortExpression.ById(TestGraph.Cards), nameof(SortExpression) },
        { new SortElementExpression(Reference, isAscending: false), nameof(SortElementExpression) },
        { new PaginationExpression(2, 10), nameof(PaginationExpression) },
        { new IncludeExpression([new IncludeElementExpression(Owner, [])]), nameof(IncludeExpression) },
        { new IncludeElementExpression(Owner, []), nameof(IncludeElementExpression) },
        { new SparseFieldSetExpression(TestGraph.Cards, [], [Owner]), nameof(SparseFieldSetExpression) },
    };

    [Theory]
    [MemberData(nameof(EveryNodeType))]
    public void A_visitor_that_overrides_no_node_sees_every_node_type_through_its_default_visit(QueryExpression expression, string nodeType)
    {
        new DefaultOnlyVisitor().Visit(expression, "argument").Should().Be($"{nodeType}:argument");
    }

    [Theory]
    [MemberData(nameof(EveryNodeType))]
    public void The_default_visit_refuses_a_node_naming_the_visitor_and_the_node(QueryExpression expression, string nodeType)
    {
        var visit = () => new NothingVisitor().Visit(expression, 0);

        visit.Should().Throw<InvalidOperationException>().WithMessage($"{nameof(NothingVisitor)} does not handle {nodeType}.");
    }

    private sealed class DefaultOnlyVisitor : QueryExpressionVisitor<string, string>
    {
        public override string DefaultVisit(QueryExpression expression, string argument) => $"{expression.GetType().Name}:{argument}";
    }

    private sealed class NothingVisitor : QueryExpressionVisitor<int, int>;
}
