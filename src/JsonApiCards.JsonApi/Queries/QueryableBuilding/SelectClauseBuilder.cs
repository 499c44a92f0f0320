using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Builds the <c>Select</c> projection of a query layer: a new entity holding only the columns the sparse fieldsets and the
/// definitions need, with every included relationship projected inside it the same way, down the include tree.
/// </summary>
/// <remarks>
/// A to-one relationship becomes <c>x.Rel == null || !scope(x.Rel) ? null : new Right { ... }</c> (a join); a to-many one
/// becomes <c>x.Rel.Where(scope).Where(include filter).OrderBy(id).Take(max + 1).Select(r =&gt; new Right { ... }).ToList()</c>, so the
/// right type's scope and an include filter apply at whatever depth the include tree reaches the relationship, and linkage
/// comes back in id order. The scope is the right type's <see cref="ScopeFilterLookup"/> predicate, inlined: a resource the
/// caller may not see is neither included nor named in linkage, and an include filter's own paths see it as absent too.
/// </remarks>
internal static class SelectClauseBuilder
{
    private static readonly MethodInfo EnumerableWhere = GenericMethod.Of<IEnumerable<object>, Func<object, bool>, IEnumerable<object>>(Enumerable.Where);
    private static readonly MethodInfo EnumerableOrderBy = GenericMethod.Of<IEnumerable<object>, Func<object, long>, IOrderedEnumerable<object>>(Enumerable.OrderBy);
    private static readonly MethodInfo EnumerableTake = GenericMethod.Of<IEnumerable<object>, int, IEnumerable<object>>(Enumerable.Take);
    private static readonly MethodInfo EnumerableSelect = GenericMethod.Of<IEnumerable<object>, Func<object, object>, IEnumerable<object>>(Enumerable.Select);
    private static readonly MethodInfo EnumerableToList = GenericMethod.Of<IEnumerable<object>, List<object>>(Enumerable.ToList);

    /// <summary>The generic methods closed over each entity type, made once rather than on every request.</summary>
    private static readonly ConcurrentDictionary<Type, ClosedMethods> MethodsByType = new();

    /// <summary>
    /// Builds <c>resource =&gt; new T { ... }</c> for the layer's primary type. Without includes the projection depends only
    /// on the type and its sparse fieldset, so it is built once and reused: EF Core then also finds its compiled query faster.
    /// With includes it is built per request, because it holds the scopes of the included types, which belong to the caller.
    /// </summary>
    /// <param name="layer">The request's query layer.</param>
    /// <param name="columns">The columns of each type.</param>
    /// <param name="scopes">The caller's scope of each type reached through an include; null narrows none.</param>
    public static LambdaExpression Build(QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup? scopes = null)
    {
        if (layer.Include.Elements.Count > 0)
        {
            return BuildNew(layer, columns, scopes);
        }

        TryGetFromCache(layer, columns, out LambdaExpression projection);
        return projection;
    }

    /// <summary>
    /// The projection of a layer without includes that every request of its type and sparse fieldset shares; false when
    /// the layer has includes or the shared projections are full (see <see cref="ProjectionCache"/>).
    /// </summary>
    public static bool TryGetShared(QueryLayer layer, ProjectionColumnCatalog columns, [NotNullWhen(true)] out LambdaExpression? projection)
    {
        if (layer.Include.Elements.Count > 0)
        {
            projection = null;
            return false;
        }

        bool shared = TryGetFromCache(layer, columns, out LambdaExpression built);
        projection = shared ? built : null;
        return shared;
    }

    private static bool TryGetFromCache(QueryLayer layer, ProjectionColumnCatalog columns, out LambdaExpression projection)
    {
        SparseFieldSetExpression? fieldset = layer.Fieldsets.GetValueOrDefault(layer.ResourceType);
        return columns.Projections.TryGetShared(layer.ResourceType, fieldset?.ToString(), () => BuildNew(layer, columns, scopes: null), out projection);
    }

    private static LambdaExpression BuildNew(QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup? scopes)
    {
        ParameterExpression resource = Expression.Parameter(layer.ResourceType.ClrType, "resource");
        var context = new BuildContext(layer, columns, scopes);
        Expression body = context.NewResource(resource, layer.ResourceType, layer.Include.Elements, path: null);
        return Expression.Lambda(MethodsOf(resource.Type).Projection, body, resource);
    }

    private static ClosedMethods MethodsOf(Type type) => MethodsByType.GetOrAdd(type, static type => new ClosedMethods(
        typeof(Func<,>).MakeGenericType(type, type),
        EnumerableWhere.MakeGenericMethod(type),
        EnumerableOrderBy.MakeGenericMethod(type, typeof(long)),
        EnumerableTake.MakeGenericMethod(type),
        EnumerableSelect.MakeGenericMethod(type, type),
        EnumerableToList.MakeGenericMethod(type)));

    private sealed record ClosedMethods(Type Projection, MethodInfo Where, MethodInfo OrderById, MethodInfo Take, MethodInfo Select, MethodInfo ToList);

    private sealed class BuildContext(QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup? scopes)
    {
        public MemberInitExpression NewResource(Expression source, ResourceType resourceType, IReadOnlyList<IncludeElementExpression> includes, string? path)
        {
            var bindings = new List<MemberBinding>();
            foreach (PropertyInfo property in columns.Select(resourceType, layer.Fieldsets.GetValueOrDefault(resourceType)))
            {
                bindings.Add(Expression.Bind(property, Expression.Property(source, property)));
            }

            foreach (IncludeElementExpression include in includes)
            {
                string includePath = path is null ? include.Relationship.PublicName : path + "." + include.Relationship.PublicName;
                bindings.Add(Expression.Bind(include.Relationship.Property, Related(source, include, includePath)));
            }

            return Expression.MemberInit(Expression.New(resourceType.ClrType), bindings);
        }

        private Expression Related(Expression source, IncludeElementExpression include, string path)
        {
            RelationshipField relationship = include.Relationship;
            Expression navigation = Expression.Property(source, relationship.Property);

            if (!relationship.IsToMany)
            {
                Expression missing = Expression.Constant(null, navigation.Type);
                return Expression.Condition(FieldChainAccess.IsMissing(navigation, relationship, scopes), missing,
                    NewResource(navigation, relationship.RightType, include.Children, path), navigation.Type);
            }

            Type elementType = relationship.RightClrType;
            ClosedMethods methods = MethodsOf(elementType);
            Expression items = FieldChainAccess.InScope(navigation, relationship, scopes);

            if (layer.IncludeFilters.TryGetValue(path, out FilterExpression? filter))
            {
                items = Expression.Call(methods.Where, items, FilterClauseBuilder.BuildPredicate(filter, elementType, scopes));
            }

            ParameterExpression key = Expression.Parameter(elementType, "item");
            items = Expression.Call(methods.OrderById, items,
                Expression.Lambda(Expression.Property(key, relationship.RightType.Id.Property), key));

            // Bounded in SQL: the first members by id, and one more to tell the writer the relationship holds more. A limited
            // collection that projects further resources needs SQL APPLY, which SQLite lacks; there the writer alone cuts it.
            if (include.Children.Count == 0)
            {
                items = Expression.Call(methods.Take, items, Expression.Constant(columns.MaxToManyLinkage + 1));
            }

            ParameterExpression item = Expression.Parameter(elementType, "item");
            items = Expression.Call(methods.Select, items,
                Expression.Lambda(NewResource(item, relationship.RightType, include.Children, path), item));

            return Expression.Call(methods.ToList, items);
        }
    }
}
