namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>
/// Walks a query expression tree. Every method falls back to <see cref="DefaultVisit"/>,
/// so a visitor overrides only the nodes it understands.
/// </summary>
/// <typeparam name="TArgument">State passed down the tree.</typeparam>
/// <typeparam name="TResult">What each visit returns.</typeparam>
public abstract class QueryExpressionVisitor<TArgument, TResult>
{
    /// <summary>Visits any node by double dispatch.</summary>
    public TResult Visit(QueryExpression expression, TArgument argument)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Accept(this, argument);
    }

    /// <summary>Called for every node type the visitor does not override; throws by default.</summary>
    public virtual TResult DefaultVisit(QueryExpression expression, TArgument argument) =>
        throw new InvalidOperationException($"{GetType().Name} does not handle {expression?.GetType().Name}.");

    /// <summary>Visits a field chain.</summary>
    public virtual TResult VisitResourceFieldChain(ResourceFieldChainExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a constant.</summary>
    public virtual TResult VisitLiteralConstant(LiteralConstantExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>null</c>.</summary>
    public virtual TResult VisitNullConstant(NullConstantExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a comparison.</summary>
    public virtual TResult VisitComparison(ComparisonExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a text match.</summary>
    public virtual TResult VisitMatchText(MatchTextExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>any()</c>.</summary>
    public virtual TResult VisitAny(AnyExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>has()</c>.</summary>
    public virtual TResult VisitHas(HasExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>count()</c>.</summary>
    public virtual TResult VisitCount(CountExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>isType()</c>.</summary>
    public virtual TResult VisitIsType(IsTypeExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>not()</c>.</summary>
    public virtual TResult VisitNot(NotExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits <c>and()</c> / <c>or()</c>.</summary>
    public virtual TResult VisitLogical(LogicalExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a sort.</summary>
    public virtual TResult VisitSort(SortExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a sort key.</summary>
    public virtual TResult VisitSortElement(SortElementExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a page selection.</summary>
    public virtual TResult VisitPagination(PaginationExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits an include tree.</summary>
    public virtual TResult VisitInclude(IncludeExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits one include node.</summary>
    public virtual TResult VisitIncludeElement(IncludeElementExpression expression, TArgument argument) => DefaultVisit(expression, argument);

    /// <summary>Visits a sparse fieldset.</summary>
    public virtual TResult VisitSparseFieldSet(SparseFieldSetExpression expression, TArgument argument) => DefaultVisit(expression, argument);
}
