using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Writes <c>has</c> as uncorrelated subqueries of keys: <c>has(order.customer.orders,F)</c> on a card becomes
/// <c>card.order_id IN (SELECT id FROM orders WHERE scope AND customer_id IN (SELECT id FROM customers WHERE scope AND
/// id IN (SELECT customer_id FROM orders WHERE scope AND F)))</c>.
/// </summary>
/// <remarks>
/// Navigations would become a correlated <c>EXISTS</c> inside a <c>CASE</c> over joined rows, which the database runs
/// again for every row around it, level after level: a <c>COUNT</c> over every card pays it 100 000 times. Each subquery of
/// keys runs once, and an index on the key it is compared with lets the database start from the few rows that match.
/// The result is the same: a missing to-one has no key, so it is in no list, and each level keeps only the resources in
/// its type's scope, as the navigation form does.
/// </remarks>
internal sealed class KeySubqueries(EntitySets sets, ScopeFilterLookup? scopes)
{
    private static readonly MethodInfo QueryableWhere = GenericMethod.Of<IQueryable<object>, Expression<Func<object, bool>>, IQueryable<object>>(Queryable.Where);
    private static readonly MethodInfo QueryableSelect = GenericMethod.Of<IQueryable<object>, Expression<Func<object, object>>, IQueryable<object>>(Queryable.Select);
    private static readonly MethodInfo QueryableContains = GenericMethod.Of<IQueryable<object>, object, bool>(Queryable.Contains);

    private static readonly ConcurrentDictionary<(MethodInfo Method, Type First, Type? Second), MethodInfo> ClosedMethods = new();

    /// <summary>
    /// Whether the to-many relationship at the end of <paramref name="relationships"/> (after to-ones only) has a member in
    /// scope that passes <paramref name="memberFilter"/> (null: any member); null when some step is not tied by a single
    /// foreign key, which the caller then writes with navigations.
    /// </summary>
    public MethodCallExpression? Has(Expression instance, IReadOnlyList<RelationshipField> relationships, LambdaExpression? memberFilter) =>
        Condition(instance, relationships, 0, memberFilter);

    private MethodCallExpression? Condition(Expression instance, IReadOnlyList<RelationshipField> relationships, int index, LambdaExpression? memberFilter)
    {
        RelationshipField relationship = relationships[index];
        if (sets.Set(relationship.RightClrType) is not { } rightSet)
        {
            return null;
        }

        if (index == relationships.Count - 1)
        {
            return sets.ForeignKeyOfMembers(relationship) is { } ownerKeyOfMembers
                ? IsAmong(Keys(rightSet, relationship.RightType, memberFilter, ownerKeyOfMembers), Expression.Property(instance, relationship.Owner.Id.Property))
                : null;
        }

        ParameterExpression right = Expression.Parameter(relationship.RightClrType, "resource");
        return Condition(right, relationships, index + 1, memberFilter) is { } rightCondition
            ? IsAmong(Keys(rightSet, relationship.RightType, Expression.Lambda(rightCondition, right), relationship.RightType.Id.Property), Expression.Property(instance, relationship.ForeignKey!))
            : null;
    }

    /// <summary><c>set.Where(scope).Where(filter).Select(resource =&gt; (long?)resource.key)</c>.</summary>
    private MethodCallExpression Keys(Expression set, ResourceType type, LambdaExpression? filter, PropertyInfo key)
    {
        Expression query = set;
        if (scopes?.Invoke(type) is { } scope)
        {
            query = Where(query, type.ClrType, scope);
        }

        if (filter is not null)
        {
            query = Where(query, type.ClrType, filter);
        }

        ParameterExpression resource = Expression.Parameter(type.ClrType, "resource");
        Expression body = FieldChainAccess.MakeNullable(Expression.Property(resource, key));
        return Expression.Call(Closed(QueryableSelect, type.ClrType, body.Type), query, Expression.Quote(Expression.Lambda(body, resource)));
    }

    /// <summary><c>keys.Contains(value)</c>, both sides nullable, so that a foreign key and an id compare as one type.</summary>
    private static MethodCallExpression IsAmong(Expression keys, Expression value)
    {
        Expression nullable = FieldChainAccess.MakeNullable(value);
        return Expression.Call(Closed(QueryableContains, nullable.Type, null), keys, nullable);
    }

    private static MethodCallExpression Where(Expression query, Type elementType, LambdaExpression predicate) =>
        Expression.Call(Closed(QueryableWhere, elementType, null), query, Expression.Quote(predicate));

    private static MethodInfo Closed(MethodInfo method, Type first, Type? second) =>
        ClosedMethods.GetOrAdd((method, first, second), static key => key.Second is null
            ? key.Method.MakeGenericMethod(key.First)
            : key.Method.MakeGenericMethod(key.First, key.Second));
}
