using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.TestModel.TestExpressions;

namespace JsonApiCards.JsonApi.Tests.Queries.Expressions;

/// <summary>
/// The expression types are public, for definitions that build filters: a missing operand is an
/// <see cref="ArgumentNullException"/> naming it when the node is built, not a <see cref="NullReferenceException"/> later,
/// when a request walks the tree.
/// </summary>
public sealed class ExpressionNullArgumentTests
{
    private static readonly FilterExpression Filter = new ComparisonExpression(ComparisonOperator.Equals, Reference, Text);

    private static readonly AttrField ReferenceAttribute = TestGraph.Cards.FindAttribute("reference")!;

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "target", () => _ = new AnyExpression(null!, [Text]) },
        { "constants", () => _ = new AnyExpression(Reference, null!) },
        { "left", () => _ = new ComparisonExpression(ComparisonOperator.Equals, null!, Text) },
        { "right", () => _ = new ComparisonExpression(ComparisonOperator.Equals, Reference, null!) },
        { "targetCollection", () => _ = new CountExpression(null!) },
        { "targetCollection", () => _ = new HasExpression(null!, Filter) },
        { "resourceType", () => _ = new IsTypeExpression(ToOne, null!) },
        { "value", () => _ = new LiteralConstantExpression(null!, "a") },
        { "text", () => _ = new LiteralConstantExpression("a", null!) },
        { "terms", () => _ = new LogicalExpression(LogicalOperator.And, null!) },
        { "filters", () => LogicalExpression.Combine(LogicalOperator.Or, null!) },
        { "target", () => _ = new MatchTextExpression(TextMatchKind.Contains, null!, Text) },
        { "text", () => _ = new MatchTextExpression(TextMatchKind.Contains, Reference, null!) },
        { "child", () => _ = new NotExpression(null!) },
        { "relationship", () => _ = new IncludeElementExpression(null!, []) },
        { "children", () => _ = new IncludeElementExpression(Owner, null!) },
        { "elements", () => _ = new IncludeExpression(null!) },
        { "relationships", () => _ = new ResourceFieldChainExpression(null!, ReferenceAttribute) },
        { "target", () => _ = new SortElementExpression((ResourceFieldChainExpression)null!, isAscending: true) },
        { "count", () => _ = new SortElementExpression((CountExpression)null!, isAscending: true) },
        { "elements", () => _ = new SortExpression(null!) },
        { "resourceType", () => SortExpression.ById(null!) },
        { "resourceType", () => _ = new SparseFieldSetExpression(null!, [], []) },
        { "attributes", () => _ = new SparseFieldSetExpression(TestGraph.Cards, null!, []) },
        { "relationships", () => _ = new SparseFieldSetExpression(TestGraph.Cards, [], null!) },
        { "expression", () => new PrintingVisitor().Visit(null!, 0) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_missing_operand_is_refused_naming_it(string parameter, Action build)
    {
        build.Should().Throw<ArgumentNullException>().WithParameterName(parameter);
    }

    private sealed class PrintingVisitor : QueryExpressionVisitor<int, string>
    {
        public override string DefaultVisit(QueryExpression expression, int argument) => expression.ToString();
    }
}
