using System.Linq.Expressions;
using System.Reflection;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// A filter value as EF Core sees a captured variable: <c>(T)holder.Value</c> instead of a constant. EF Core turns such a
/// member access into a SQL parameter, so requests that differ only in their filter values share one cached query
/// compilation and one prepared SQLite statement, where an inlined literal would make a new one for every value.
/// </summary>
internal sealed class FilterParameter(object? value)
{
    private static readonly FieldInfo ValueField = typeof(FilterParameter).GetField(nameof(Value))!;

    /// <summary>The value bound to the parameter; a public field, as the compiler makes for a closure.</summary>
    public readonly object? Value = value;

    /// <summary>The value as an expression of <paramref name="type"/> that EF Core binds as a parameter.</summary>
    public static Expression Of(object? value, Type type) =>
        Expression.Convert(Expression.Field(Expression.Constant(new FilterParameter(value)), ValueField), type);
}
