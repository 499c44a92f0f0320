using System.Linq.Expressions;
using System.Reflection;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// A filter constant as EF Core sends it: a SQL parameter. EF Core writes a <see cref="ConstantExpression"/> into the
/// SQL text, where characters such as NUL break the statement and every new value compiles and caches a new query;
/// a field read from a captured object, as a closure in a lambda is, becomes a parameter instead.
/// </summary>
internal sealed class QueryParameterValue
{
    private static readonly FieldInfo ValueField = typeof(QueryParameterValue).GetField(nameof(Value))!;

    private QueryParameterValue(object? value) => Value = value;

    /// <summary>Read by EF Core when it extracts the parameter.</summary>
    public readonly object? Value;

    /// <summary>An expression of <paramref name="type"/> that EF Core turns into a parameter holding <paramref name="value"/>.</summary>
    public static Expression For(object? value, Type type) =>
        Expression.Convert(Expression.Field(Expression.Constant(new QueryParameterValue(value)), ValueField), type);
}
