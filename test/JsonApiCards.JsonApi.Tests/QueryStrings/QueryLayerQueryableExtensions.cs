using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;

namespace JsonApiCards.JsonApi.Tests.QueryStrings;

/// <summary>Runs a query layer's filter, sort and page the way the service's reads chain them, without a projection.</summary>
internal static class QueryLayerQueryableExtensions
{
    public static IQueryable<TResource> FilterSortAndPage<TResource>(this IQueryable<TResource> source, QueryLayer layer, ScopeFilterLookup? scopes = null) =>
        source.ApplyFilter(layer.Filter, scopes).ApplySort(layer.Sort, layer.ResourceType, scopes).ApplyPagination(layer.Pagination);
}
