using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Whether a filter reads through a to-many relationship (<c>has</c> or <c>count</c>): each such term is a subquery of
/// keys (<see cref="KeySubqueries"/>) that every statement of the read builds again, which makes it the costly part of
/// counting and paging alike.
/// </summary>
internal sealed class ToManySubqueries : QueryExpressionVisitor<object?, bool>
{
    private static readonly ToManySubqueries Finder = new();

    private ToManySubqueries()
    {
    }

    public static bool In(FilterExpression? filter) => filter is not null && Finder.Visit(filter, null);

    public override bool DefaultVisit(QueryExpression expression, object? argument) => false;

    public override bool VisitHas(HasExpression expression, object? argument) => true;

    public override bool VisitCount(CountExpression expression, object? argument) => true;

    public override bool VisitNot(NotExpression expression, object? argument) => Visit(expression.Child, argument);

    public override bool VisitLogical(LogicalExpression expression, object? argument) => expression.Terms.Any(term => Visit(term, argument));

    public override bool VisitComparison(ComparisonExpression expression, object? argument) =>
        Visit(expression.Left, argument) || Visit(expression.Right, argument);
}
