using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>Applies parsed query expressions to an <see cref="IQueryable{T}"/>, producing LINQ that EF Core translates to SQL.</summary>
/// <remarks>
/// Filters and sorts may reach other resources through relationships (<c>equals(order.status,'placed')</c>,
/// <c>has(orders)</c>, <c>sort=count(orders)</c>). Given <see cref="ScopeFilterLookup"/> scopes, every resource reached that
/// way must pass its own type's scope, as included resources do: a to-one outside it reads as null, a to-many keeps only
/// the members inside it. The scopes are inlined into the same statement; without them nothing is narrowed.
/// Over an EF Core query, <c>has</c> reads the keys of each level in a subquery of the query's own context (<see cref="KeySubqueries"/>).
/// </remarks>
public static class QueryableBuilder
{
    /// <summary>Adds <c>Where(filter)</c>; returns the source unchanged when there is no filter.</summary>
    /// <param name="source">The query to narrow.</param>
    /// <param name="filter">The filter, or null.</param>
    /// <param name="scopes">The caller's scope of each type the filter reaches through a relationship; null narrows none.</param>
    public static IQueryable<TResource> ApplyFilter<TResource>(this IQueryable<TResource> source, FilterExpression? filter, ScopeFilterLookup? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(source);

        return filter is null ? source : source.Where((Expression<Func<TResource, bool>>)FilterClauseBuilder.BuildPredicate(filter, typeof(TResource), scopes, EntitySets.Of(source)));
    }

    /// <summary>
    /// Adds <c>OrderBy</c>/<c>ThenBy</c> for each sort key, then the id ascending unless the sort already orders by id,
    /// so equal keys still come back in the same order on every page.
    /// </summary>
    /// <param name="source">The query to order.</param>
    /// <param name="sort">The sort keys.</param>
    /// <param name="resourceType">The type of the elements, for its id.</param>
    /// <param name="scopes">The caller's scope of each type a key reaches through a relationship; null narrows none.</param>
    public static IQueryable<TResource> ApplySort<TResource>(this IQueryable<TResource> source, SortExpression sort, ResourceType resourceType, ScopeFilterLookup? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(resourceType);

        bool ordersById = sort.Elements.Any(element => element.Target is ResourceFieldChainExpression { Relationships.Count: 0 } chain && chain.Attribute == resourceType.Id);
        SortExpression complete = ordersById
            ? sort
            : new SortExpression([.. sort.Elements, .. SortExpression.ById(resourceType).Elements]);

        return source.Provider.CreateQuery<TResource>(OrderClauseBuilder.For(scopes).Visit(complete, source.Expression));
    }

    /// <summary>Adds <c>Skip</c>/<c>Take</c>; returns the source unchanged when there is no pagination.</summary>
    public static IQueryable<TResource> ApplyPagination<TResource>(this IQueryable<TResource> source, PaginationExpression? pagination)
    {
        ArgumentNullException.ThrowIfNull(source);

        if (pagination is null)
        {
            return source;
        }

        return pagination.Offset > int.MaxValue
            ? source.Take(0)
            : source.Skip((int)pagination.Offset).Take(pagination.PageSize);
    }

    /// <summary>
    /// Adds the <c>Select</c> of the layer: a new entity with only the columns its sparse fieldsets, its includes and the
    /// definitions need, with the included relationships (and their include filters) projected inside it, so no
    /// <c>Include</c> is needed. See <see cref="ProjectionColumnCatalog"/> for which columns an attribute reads.
    /// Each included resource must also pass its type's scope from <paramref name="scopes"/>: one that does not is left out.
    /// </summary>
    internal static IQueryable<TResource> ApplyProjection<TResource>(this IQueryable<TResource> source, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(columns);

        return source.Select((Expression<Func<TResource, TResource>>)SelectClauseBuilder.Build(layer, columns, scopes));
    }

    /// <summary>Whether the include tree reaches a to-many relationship anywhere, which a split query then reads in its own statement.</summary>
    internal static bool IncludesCollection(IncludeExpression include)
    {
        ArgumentNullException.ThrowIfNull(include);

        return include.Elements.Any(ReachesCollection);

        static bool ReachesCollection(IncludeElementExpression element) => element.Relationship.IsToMany || element.Children.Any(ReachesCollection);
    }
}
