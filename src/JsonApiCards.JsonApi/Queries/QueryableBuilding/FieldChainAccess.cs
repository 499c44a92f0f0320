using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Builds member access along a field chain. Each to-one step is guarded (<c>x.Order == null ? null : x.Order.Status</c>):
/// EF Core removes such guards when translating to SQL, and LINQ-to-objects needs them to not dereference null.
/// </summary>
/// <remarks>
/// Every resource reached through a relationship must also pass its type's scope (<see cref="ScopeFilterLookup"/>), as an
/// included one does: a to-one outside it reads as missing (<c>x.Order == null || !scope(x.Order) ? null : ...</c>) and a
/// to-many keeps only its members inside it (<c>x.Orders.Where(scope)</c>). Otherwise a filter or sort through a
/// relationship would tell the caller that a resource it may not see exists, or what it holds.
/// </remarks>
internal static class FieldChainAccess
{
    private static readonly MethodInfo EnumerableWhere = GenericMethod.Of<IEnumerable<object>, Func<object, bool>, IEnumerable<object>>(Enumerable.Where);

    private static readonly ConcurrentDictionary<Type, MethodInfo> ClosedWheres = new();

    /// <summary>The attribute value; nullable whenever a relationship on the way may be missing or out of scope.</summary>
    public static Expression Attribute(Expression instance, ResourceFieldChainExpression chain, ScopeFilterLookup? scopes)
    {
        AttrField attribute = chain.Attribute ?? throw new InvalidOperationException($"The chain '{chain}' does not end in an attribute.");

        return WalkToOnes(instance, chain.Relationships, chain.Relationships.Count, 0, scopes, current =>
        {
            Expression value = Expression.Property(current, attribute.Property);
            return chain.Relationships.Count > 0 ? MakeNullable(value) : value;
        });
    }

    /// <summary>
    /// Applies <paramref name="onCollection"/> to the in-scope members of the to-many relationship the chain ends in;
    /// default(T) when a to-one on the way is missing or out of scope.
    /// </summary>
    public static Expression Collection(Expression instance, ResourceFieldChainExpression chain, ScopeFilterLookup? scopes, Func<Expression, Expression> onCollection)
    {
        RelationshipField collection = chain.LastRelationship is { IsToMany: true } last
            ? last
            : throw new InvalidOperationException($"The chain '{chain}' does not end in a to-many relationship.");

        return WalkToOnes(instance, chain.Relationships, chain.Relationships.Count - 1, 0, scopes,
            current => onCollection(InScope(Expression.Property(current, collection.Property), collection, scopes)));
    }

    /// <summary>Whether the to-one relationship the chain ends in is set to a resource in scope.</summary>
    public static Expression IsSet(Expression instance, ResourceFieldChainExpression chain, ScopeFilterLookup? scopes)
    {
        RelationshipField toOne = chain.LastRelationship is { IsToMany: false } last
            ? last
            : throw new InvalidOperationException($"The chain '{chain}' does not end in a to-one relationship.");

        return WalkToOnes(instance, chain.Relationships, chain.Relationships.Count - 1, 0, scopes,
            current => IsPresent(Expression.Property(current, toOne.Property), toOne, scopes));
    }

    /// <summary>Converts a non-nullable value type to its nullable form; other expressions are returned as they are.</summary>
    public static Expression MakeNullable(Expression expression) =>
        expression.Type.IsValueType && Nullable.GetUnderlyingType(expression.Type) is null
            ? Expression.Convert(expression, typeof(Nullable<>).MakeGenericType(expression.Type))
            : expression;

    /// <summary>Walks the first <paramref name="count"/> relationships, all to-one, then applies <paramref name="atEnd"/>.</summary>
    private static Expression WalkToOnes(Expression current, IReadOnlyList<RelationshipField> relationships, int count, int index, ScopeFilterLookup? scopes, Func<Expression, Expression> atEnd)
    {
        if (index == count)
        {
            return atEnd(current);
        }

        RelationshipField relationship = relationships[index];

        if (relationship.IsToMany)
        {
            throw new InvalidOperationException($"Relationship '{relationship.PublicName}' is to-many and cannot be walked as a member.");
        }

        Expression next = Expression.Property(current, relationship.Property);
        Expression inner = WalkToOnes(next, relationships, count, index + 1, scopes, atEnd);
        Expression whenMissing = inner.Type.IsValueType && Nullable.GetUnderlyingType(inner.Type) is null
            ? Expression.Default(inner.Type)
            : Expression.Constant(null, inner.Type);

        return Expression.Condition(IsMissing(next, relationship, scopes), whenMissing, inner);
    }

    /// <summary><c>related == null</c>, or <c>related == null || !scope(related)</c> when the right type has a scope.</summary>
    public static Expression IsMissing(Expression related, RelationshipField relationship, ScopeFilterLookup? scopes)
    {
        Expression missing = Expression.Equal(related, Expression.Constant(null, related.Type));
        return scopes?.Invoke(relationship.RightType) is { } scope
            ? Expression.OrElse(missing, Expression.Not(ParameterReplacer.Inline(scope, related)))
            : missing;
    }

    /// <summary><c>related != null</c>, or <c>related != null &amp;&amp; scope(related)</c> when the right type has a scope.</summary>
    public static Expression IsPresent(Expression related, RelationshipField relationship, ScopeFilterLookup? scopes)
    {
        Expression present = Expression.NotEqual(related, Expression.Constant(null, related.Type));
        return scopes?.Invoke(relationship.RightType) is { } scope
            ? Expression.AndAlso(present, ParameterReplacer.Inline(scope, related))
            : present;
    }

    /// <summary>The members of a to-many navigation, narrowed to the right type's scope when it has one: <c>x.Orders.Where(scope)</c>.</summary>
    public static Expression InScope(Expression members, RelationshipField relationship, ScopeFilterLookup? scopes)
    {
        if (scopes?.Invoke(relationship.RightType) is not { } scope)
        {
            return members;
        }

        MethodInfo where = ClosedWheres.GetOrAdd(relationship.RightClrType, static type => EnumerableWhere.MakeGenericMethod(type));
        return Expression.Call(where, members, scope);
    }
}
