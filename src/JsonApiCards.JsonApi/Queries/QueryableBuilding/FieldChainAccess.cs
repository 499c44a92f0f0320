using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Builds member access along a field chain. Each to-one step is guarded (<c>x.Order == null ? null : x.Order.Status</c>):
/// EF Core removes such guards when translating to SQL, and LINQ-to-objects needs them to not dereference null.
/// </summary>
internal static class FieldChainAccess
{
    /// <summary>The attribute value; nullable whenever a relationship on the way may be missing.</summary>
    public static Expression Attribute(Expression instance, ResourceFieldChainExpression chain)
    {
        AttrField attribute = chain.Attribute ?? throw new InvalidOperationException($"The chain '{chain}' does not end in an attribute.");

        return WalkToOnes(instance, chain.Relationships, 0, current =>
        {
            Expression value = Expression.Property(current, attribute.Property);
            return chain.Relationships.Count > 0 ? MakeNullable(value) : value;
        });
    }

    /// <summary>Applies <paramref name="onCollection"/> to the to-many relationship the chain ends in; default(T) when a to-one on the way is missing.</summary>
    public static Expression Collection(Expression instance, ResourceFieldChainExpression chain, Func<Expression, Expression> onCollection)
    {
        RelationshipField collection = chain.LastRelationship is { IsToMany: true } last
            ? last
            : throw new InvalidOperationException($"The chain '{chain}' does not end in a to-many relationship.");

        return WalkToOnes(instance, chain.Relationships.Take(chain.Relationships.Count - 1).ToList(), 0,
            current => onCollection(Expression.Property(current, collection.Property)));
    }

    /// <summary>Whether the to-one relationship the chain ends in is set.</summary>
    public static Expression IsSet(Expression instance, ResourceFieldChainExpression chain)
    {
        RelationshipField toOne = chain.LastRelationship is { IsToMany: false } last
            ? last
            : throw new InvalidOperationException($"The chain '{chain}' does not end in a to-one relationship.");

        return WalkToOnes(instance, chain.Relationships.Take(chain.Relationships.Count - 1).ToList(), 0,
            current => Expression.NotEqual(Expression.Property(current, toOne.Property), Expression.Constant(null, toOne.Property.PropertyType)));
    }

    /// <summary>Converts a non-nullable value type to its nullable form; other expressions are returned as they are.</summary>
    public static Expression MakeNullable(Expression expression) =>
        expression.Type.IsValueType && Nullable.GetUnderlyingType(expression.Type) is null
            ? Expression.Convert(expression, typeof(Nullable<>).MakeGenericType(expression.Type))
            : expression;

    private static Expression WalkToOnes(Expression current, IReadOnlyList<RelationshipField> relationships, int index, Func<Expression, Expression> atEnd)
    {
        if (index == relationships.Count)
        {
            return atEnd(current);
        }

        RelationshipField relationship = relationships[index];

        if (relationship.IsToMany)
        {
            throw new InvalidOperationException($"Relationship '{relationship.PublicName}' is to-many and cannot be walked as a member.");
        }

        Expression next = Expression.Property(current, relationship.Property);
        Expression inner = WalkToOnes(next, relationships, index + 1, atEnd);
        Expression whenMissing = inner.Type.IsValueType && Nullable.GetUnderlyingType(inner.Type) is null
            ? Expression.Default(inner.Type)
            : Expression.Constant(null, inner.Type);

        return Expression.Condition(Expression.Equal(next, Expression.Constant(null, next.Type)), whenMissing, inner);
    }
}
