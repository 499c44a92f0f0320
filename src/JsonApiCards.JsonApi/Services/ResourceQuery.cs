using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;

namespace JsonApiCards.JsonApi.Services;

/// <summary>How to read resources: the query layer parsed from the query string.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public sealed class ResourceQuery<TResource>(QueryLayer layer)
{
    /// <summary>The parsed query string.</summary>
    public QueryLayer Layer { get; } = layer;

    /// <summary>Applies filters and sort order; the service adds scope, paging and includes.</summary>
    public IQueryable<TResource> Shape(IQueryable<TResource> query) =>
        query.ApplyFilter(Layer.Filter).ApplySort(Layer.Sort, Layer.ResourceType);
}
