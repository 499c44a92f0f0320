using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Turns a sort into <c>OrderBy</c>/<c>ThenBy</c> calls on a query expression; the argument is the query the
/// calls are appended to. Callers append the id as last key so pages have a stable order.
/// </summary>
internal sealed class OrderClauseBuilder : QueryExpressionVisitor<Expression, Expression>
{
    public static OrderClauseBuilder Instance { get; } = new();

    public override Expression VisitSort(SortExpression expression, Expression argument)
    {
        Expression query = argument;

        for (int index = 0; index < expression.Elements.Count; index++)
        {
            query = AppendKey(expression.Elements[index], query, isFirst: index == 0);
        }

        return query;
    }

    private static MethodCallExpression AppendKey(SortElementExpression element, Expression query, bool isFirst)
    {
        Type elementType = query.Type.GetGenericArguments()[0];
        ParameterExpression parameter = Expression.Parameter(elementType, "resource");
        Expression key = FilterClauseBuilder.Instance.Visit(element.Target, parameter);
        LambdaExpression keySelector = Expression.Lambda(key, parameter);

        string method = (isFirst, element.IsAscending) switch
        {
            (true, true) => nameof(Queryable.OrderBy),
            (true, false) => nameof(Queryable.OrderByDescending),
            (false, true) => nameof(Queryable.ThenBy),
            (false, false) => nameof(Queryable.ThenByDescending),
        };

        return Expression.Call(typeof(Queryable), method, [elementType, key.Type], query, Expression.Quote(keySelector));
    }
}
