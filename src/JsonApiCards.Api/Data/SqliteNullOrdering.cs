using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Sorts NULL as SQLite (and LINQ) do, below every value, on PostgreSQL, which sorts it above: each <c>OrderBy</c>/<c>ThenBy</c>
/// on a key that can be null gets a first key <c>key IS NULL</c>, so <c>sort=order.number</c> lists the cards without an
/// order first on both providers and pages agree. It rewrites the LINQ tree once per query shape, before EF Core compiles
/// and caches it, so a request pays nothing for it.
/// </summary>
internal sealed class SqliteNullOrdering : IQueryExpressionInterceptor
{
    /// <summary>
    /// The one instance: EF Core builds its internal services around query expression interceptors, so an instance per
    /// application (per test host) would make a new set of them each time.
    /// </summary>
    public static SqliteNullOrdering Instance { get; } = new();

    private SqliteNullOrdering()
    {
    }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) =>
        new OrderingRewriter().Visit(queryExpression);

    private sealed class OrderingRewriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            MethodCallExpression visited = (MethodCallExpression)base.VisitMethodCall(node);
            if (visited.Method.DeclaringType != typeof(Queryable) || !visited.Method.IsGenericMethod
                || visited.Arguments is not [var source, UnaryExpression { Operand: LambdaExpression key }]
                || !CanBeNull(key.ReturnType))
            {
                return visited;
            }

            (string? nullsFirst, string then) = visited.Method.Name switch
            {
                nameof(Queryable.OrderBy) => (nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy)),
                nameof(Queryable.OrderByDescending) => (nameof(Queryable.OrderBy), nameof(Queryable.ThenByDescending)),
                nameof(Queryable.ThenBy) => (nameof(Queryable.ThenByDescending), nameof(Queryable.ThenBy)),
                nameof(Queryable.ThenByDescending) => (nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending)),
                _ => (null, ""),
            };
            if (nullsFirst is null)
            {
                return visited;
            }

            Type element = key.Parameters[0].Type;
            LambdaExpression isNull = Expression.Lambda(Expression.Equal(key.Body, Expression.Constant(null, key.ReturnType)), key.Parameters);
            Expression ordered = Expression.Call(Method(nullsFirst, element, typeof(bool)), source, Expression.Quote(isNull));
            return Expression.Call(Method(then, element, key.ReturnType), ordered, Expression.Quote(key));
        }

        private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

        private static MethodInfo Method(string name, Type element, Type key) =>
            typeof(Queryable).GetMethods().Single(method => method.Name == name && method.GetParameters().Length == 2).MakeGenericMethod(element, key);
    }
}
