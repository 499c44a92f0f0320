using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>Applies parsed query expressions to an <see cref="IQueryable{T}"/>, producing LINQ that EF Core translates to SQL.</summary>
public static class QueryableBuilder
{
    /// <summary>Applies a query layer in fixed order: filter, sort (with the id as tie-breaker), then the page.</summary>
    public static IQueryable<TResource> Apply<TResource>(this IQueryable<TResource> source, QueryLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);

        return source.ApplyFilter(layer.Filter).ApplySort(layer.Sort, layer.ResourceType).ApplyPagination(layer.Pagination);
    }

    /// <summary>Adds <c>Where(filter)</c>; returns the source unchanged when there is no filter.</summary>
    public static IQueryable<TResource> ApplyFilter<TResource>(this IQueryable<TResource> source, FilterExpression? filter)
    {
        ArgumentNullException.ThrowIfNull(source);

        return filter is null ? source : source.Where((Expression<Func<TResource, bool>>)BuildPredicate(filter, typeof(TResource)));
    }

    /// <summary>
    /// Adds <c>OrderBy</c>/<c>ThenBy</c> for each sort key, then the id ascending unless the sort already orders by id,
    /// so equal keys still come back in the same order on every page.
    /// </summary>
    public static IQueryable<TResource> ApplySort<TResource>(this IQueryable<TResource> source, SortExpression sort, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentNullException.ThrowIfNull(resourceType);

        bool ordersById = sort.Elements.Any(element => element.Target is ResourceFieldChainExpression { Relationships.Count: 0 } chain && chain.Attribute == resourceType.Id);
        SortExpression complete = ordersById
            ? sort
            : new SortExpression([.. sort.Elements, .. SortExpression.ById(resourceType).Elements]);

        return source.Provider.CreateQuery<TResource>(OrderClauseBuilder.Instance.Visit(complete, source.Expression));
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
    /// definitions need, with the included relationships (and their scoped filters) projected inside it, so no
    /// <c>Include</c> is needed. See <see cref="ProjectionColumnCatalog"/> for which columns an attribute reads.
    /// Each included resource must also pass its type's scope from <paramref name="scopes"/>: one that does not is left out.
    /// </summary>
    public static IQueryable<TResource> ApplyProjection<TResource>(this IQueryable<TResource> source, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup? scopes = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(columns);

        return source.Select((Expression<Func<TResource, TResource>>)SelectClauseBuilder.Build(layer, columns, scopes));
    }

    /// <summary>Whether the include tree reaches a to-many relationship anywhere, which a split query then reads in its own statement.</summary>
    public static bool IncludesCollection(IncludeExpression include)
    {
        ArgumentNullException.ThrowIfNull(include);

        return include.Elements.Any(ReachesCollection);

        static bool ReachesCollection(IncludeElementExpression element) => element.Relationship.IsToMany || element.Children.Any(ReachesCollection);
    }

    /// <summary>
    /// Builds <c>element =&gt; filter</c> as an <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c> for any element type,
    /// e.g. to filter an included to-many collection with a scoped filter (<c>filter[orders]=...</c>).
    /// </summary>
    public static LambdaExpression BuildPredicate(FilterExpression filter, Type elementType)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(elementType);

        return FilterClauseBuilder.BuildPredicate(filter, elementType);
    }
}
