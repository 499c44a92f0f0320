using System.Linq.Expressions;
using System.Reflection;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// The open generic definition of a method, taken from a call written in C#: the compiler picks the overload, so no
/// lookup by name and parameter shape can pick the wrong one or break when a framework adds an overload.
/// </summary>
internal static class GenericMethod
{
    /// <summary>The generic method definition that <paramref name="call"/> calls, e.g. <c>(IQueryable&lt;object&gt; q) =&gt; q.Where(x =&gt; true)</c>.</summary>
    public static MethodInfo Of<TSource, TResult>(Expression<Func<TSource, TResult>> call) =>
        ((MethodCallExpression)call.Body).Method.GetGenericMethodDefinition();
}
