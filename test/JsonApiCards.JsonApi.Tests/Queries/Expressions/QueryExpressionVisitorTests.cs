using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.TestModel.TestExpressions;

namespace JsonApiCards.JsonApi.Tests.Queries.Expressions;

public sealed class QueryExpressionVisitorTests
{
    public static TheoryData<QueryExpression, string> EveryNodeType => new()
    {
        { Reference, nameof(ResourceFieldChainExpression) },
        { Text, nameof(LiteralConstantExpression) },
        { NullConstantExpression.Instance, nameof(NullConstantExpression) },
        { new ComparisonExpression(ComparisonOperator.Equals, Reference, Text), nameof(ComparisonExpression) },
        { new MatchTextExpression(TextMatchKind.Contains, Reference, Text), nameof(MatchTextExpression) },
        { new AnyExpression(Reference, [Text]), nameof(AnyExpression) },
        { new HasExpression(ToMany, null), nameof(HasExpression) },
        { new CountExpression(ToMany), nameof(CountExpression) },
        { new IsTypeExpression(ToOne, TestGraph.Customers), nameof(IsTypeExpression) },
        { new NotExpression(new HasExpression(ToMany, null)), nameof(NotExpression) },
        { new LogicalExpression(LogicalOperator.Or, [new HasExpression(ToMany, null), new NotExpression(new HasExpression(ToMany, null))]), nameof(LogicalExpression) },
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
