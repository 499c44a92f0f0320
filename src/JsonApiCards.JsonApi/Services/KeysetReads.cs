using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Reads one page by cursor: filter, the keyset predicate of the position, the order (reversed to read backward), and one
/// row past the page to tell whether more follow. No OFFSET and no COUNT: the cost is the same on the first page and the
/// thousandth. The projection also reads the sort keys, which the next cursors are made of, whatever the fieldsets say.
/// </summary>
internal static class KeysetReads
{
    public static async Task<KeysetPage<TResource>> ReadPageAsync<TResource>(
        IQueryable<TResource> scoped, QueryLayer layer, KeysetRequest keyset, ProjectionColumnCatalog columns, ScopeFilterLookup scopes, CancellationToken cancellationToken)
        where TResource : class
    {
        IQueryable<TResource> filtered = scoped.ApplyFilter(layer.Filter, scopes);
        if (keyset.Position is not null)
        {
            filtered = filtered.Where(keyset.Order.Beyond<TResource>(keyset.Position, keyset.Backward, NullsSortFirst));
        }

        IQueryable<TResource> ordered = filtered.ApplySort(keyset.Backward ? keyset.Order.Reversed : keyset.Order.Sort, layer.ResourceType, scopes);
        List<TResource> rows = await ProjectedReads.Project(ordered.Take(keyset.PageSize + 1), WithSortKeys(layer, keyset.Order), columns, scopes).ToListAsync(cancellationToken);

        bool hasMore = rows.Count > keyset.PageSize;
        if (hasMore)
        {
            rows.RemoveAt(keyset.PageSize);
        }

        if (keyset.Backward)
        {
            rows.Reverse();
        }

        return new KeysetPage<TResource>(rows, hasMore);
    }

    /// <summary>
    /// The layer orders as LINQ does, NULL below every value; a service on a database that sorts it otherwise makes the
    /// database follow (as JsonApiCards does on PostgreSQL), since page-number pages must agree across databases too.
    /// </summary>
    public const bool NullsSortFirst = true;

    private static QueryLayer WithSortKeys(QueryLayer layer, KeysetOrder order)
    {
        if (!layer.Fieldsets.TryGetValue(layer.ResourceType, out SparseFieldSetExpression? fieldset))
        {
            return layer;
        }

        var widened = new SparseFieldSetExpression(layer.ResourceType, [.. fieldset.Attributes, .. order.Keys.Select(key => key.Attribute).Where(attribute => attribute != layer.ResourceType.Id)], fieldset.Relationships);
        var all = layer.Fieldsets.ToDictionary();
        all[layer.ResourceType] = widened;
        return new QueryLayer
        {
            ResourceType = layer.ResourceType,
            Filter = layer.Filter,
            Sort = layer.Sort,
            Cursor = layer.Cursor,
            Include = layer.Include,
            Fieldsets = all,
            IncludeFilters = layer.IncludeFilters,
        };
    }
}
