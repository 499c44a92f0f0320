using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Turns a sort into <c>OrderBy</c>/<c>ThenBy</c> calls on a query expression; the argument is the query the
/// calls are appended to. Callers append the id as last key so pages have a stable order. Keys are built as filter
/// operands are, so a key through a relationship sees only resources in their type's scope.
/// </summary>
/// <param name="keys">Builds each key from its field chain or <c>count()</c>.</param>
internal sealed class OrderClauseBuilder(FilterClauseBuilder keys) : QueryExpressionVisitor<Expression, Expression>
{
    private static readonly MethodInfo OrderBy = GenericMethod.Of<IQueryable<object>, Expression<Func<object, int>>, IOrderedQueryable<object>>(Queryable.OrderBy);
    private static readonly MethodInfo OrderByDescending = GenericMethod.Of<IQueryable<object>, Expression<Func<object, int>>, IOrderedQueryable<object>>(Queryable.OrderByDescending);
    private static readonly MethodInfo ThenBy = GenericMethod.Of<IOrderedQueryable<object>, Expression<Func<object, int>>, IOrderedQueryable<object>>(Queryable.ThenBy);
    private static readonly MethodInfo ThenByDescending = GenericMethod.Of<IOrderedQueryable<object>, Expression<Func<object, int>>, IOrderedQueryable<object>>(Queryable.ThenByDescending);

    /// <summary>
    /// The sort methods closed over (element, key) types, made once: <c>Expression.Call(typeof(Queryable), name, ...)</c>
    /// searches every Queryable method by name on each call, which was a large share of a request's allocations.
    /// </summary>
    private static readonly ConcurrentDictionary<(MethodInfo Definition, Type Element, Type Key), MethodInfo> ClosedMethods = new();

    /// <summary>The builder that narrows nothing.</summary>
    public static OrderClauseBuilder Unscoped { get; } = new(FilterClauseBuilder.Unscoped);

    /// <summary>The builder for a caller's scopes; <see cref="Unscoped"/> when there are none.</summary>
    public static OrderClauseBuilder For(ScopeFilterLookup? scopes) => scopes is null ? Unscoped : new OrderClauseBuilder(FilterClauseBuilder.For(scopes));

    public override Expression VisitSort(SortExpression expression, Expression argument)
    {
        Expression query = argument;

        for (int index = 0; index < expression.Elements.Count; index++)
        {
            query = AppendKey(expression.Elements[index], query, isFirst: index == 0);
        }

        return query;
    }

    private MethodCallExpression AppendKey(SortElementExpression element, Expression query, bool isFirst)
    {
        Type elementType = query.Type.GetGenericArguments()[0];
        ParameterExpression parameter = Expression.Parameter(elementType, "resource");
        Expression key = keys.Visit(element.Target, parameter);
        LambdaExpression keySelector = Expression.Lambda(key, parameter);

        MethodInfo definition = (isFirst, element.IsAscending) switch
        {
            (true, true) => OrderBy,
            (true, false) => OrderByDescending,
            (false, true) => ThenBy,
            (false, false) => ThenByDescending,
        };

        MethodInfo method = ClosedMethods.GetOrAdd((definition, elementType, key.Type), static types => types.Definition.MakeGenericMethod(types.Element, types.Key));
        return Expression.Call(method, query, Expression.Quote(keySelector));
    }
}
