using System.Reflection;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// The open generic definition of a method, taken from a method group converted to a delegate type: the compiler picks the
/// overload the delegate's parameter types name, so no lookup by name and parameter shape can pick the wrong one or break
/// when a framework adds an overload. A method group, unlike a lambda written for its expression tree, is not code that
/// runs, so nothing in it can be changed by mistake (or by a mutation-testing tool).
/// </summary>
internal static class GenericMethod
{
    /// <summary>The generic method definition of a one-parameter method, e.g. <c>Of&lt;IEnumerable&lt;object&gt;, int&gt;(Enumerable.Count)</c>.</summary>
    public static MethodInfo Of<T, TResult>(Func<T, TResult> method) => DefinitionOf(method);

    /// <summary>The generic method definition of a two-parameter method, e.g. <c>Of&lt;IQueryable&lt;object&gt;, Expression&lt;Func&lt;object, bool&gt;&gt;, IQueryable&lt;object&gt;&gt;(Queryable.Where)</c>.</summary>
    public static MethodInfo Of<T1, T2, TResult>(Func<T1, T2, TResult> method) => DefinitionOf(method);

    private static MethodInfo DefinitionOf(Delegate method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Method.GetGenericMethodDefinition();
    }
}
