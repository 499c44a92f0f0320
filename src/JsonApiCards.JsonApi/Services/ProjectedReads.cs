using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Runs a query layer over a scoped query: filter and sort in SQL, a count, then one page read through the layer's
/// projection. Included collections come back as split queries, one statement each, instead of a cartesian product.
/// Resources reached through a relationship, by the filter, the sort or an include, pass their own type's scope
/// (<see cref="ScopeFilterLookup"/>).
/// </summary>
internal static class ProjectedReads
{
    /// <summary>
    /// Counts the matching resources (unless <paramref name="knownCount"/> gives their number) and reads one page of them;
    /// a page past the last match costs no statement.
    /// </summary>
    public static async Task<(IReadOnlyList<TResource> Page, long RecordCount)> ReadPageAsync<TResource>(
        IQueryable<TResource> scoped, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup scopes, long? knownCount, CancellationToken cancellationToken)
        where TResource : class
    {
        IQueryable<TResource> filtered = Filtered(scoped, layer, scopes);
        long count = knownCount ?? await filtered.LongCountAsync(cancellationToken);
        if (count == 0 || layer.Pagination?.Offset >= count)
        {
            return ([], count);
        }

        var page = await Project(filtered.ApplyPagination(layer.Pagination), layer, columns, scopes).ToListAsync(cancellationToken);
        return (page, count);
    }

    /// <summary>
    /// Reads one page while a second context counts the matches on a connection of its own: the two statements compile and
    /// run at the same time, so a filter shape seen for the first time costs the slower of the two rather than their sum.
    /// <paramref name="scopedForCount"/> is the same scoped query over the second context (a statement reads through one context).
    /// </summary>
    public static async Task<(IReadOnlyList<TResource> Page, long RecordCount)> ReadPageCountingAlongsideAsync<TResource>(
        IQueryable<TResource> scoped, IQueryable<TResource> scopedForCount, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup scopes, CancellationToken cancellationToken)
        where TResource : class
    {
        using var countCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken countToken = countCancellation.Token;

        // On a thread of its own: SQLite's provider runs a statement to its end inside the async call.
        Task<long> count = Task.Run(() => Filtered(scopedForCount, layer, scopes).LongCountAsync(countToken), countToken);
        try
        {
            var page = await Project(Filtered(scoped, layer, scopes).ApplyPagination(layer.Pagination), layer, columns, scopes).ToListAsync(cancellationToken);
            return (page, await count);
        }
        catch
        {
            // The second context goes back to its pool when the caller's scope ends: never while its statement still runs.
            await countCancellation.CancelAsync();
            await ((Task)count).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>Reads the first resource of the query that passes the layer's filter, or null.</summary>
    public static Task<TResource?> ReadFirstAsync<TResource>(IQueryable<TResource> query, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup scopes, CancellationToken cancellationToken)
        where TResource : class =>
        Project(query.ApplyFilter(layer.Filter, scopes), layer, columns, scopes).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<TResource> Filtered<TResource>(IQueryable<TResource> scoped, QueryLayer layer, ScopeFilterLookup scopes)
        where TResource : class =>
        scoped.ApplyFilter(layer.Filter, scopes).ApplySort(layer.Sort, layer.ResourceType, scopes);

    internal static IQueryable<TResource> Project<TResource>(IQueryable<TResource> query, QueryLayer layer, ProjectionColumnCatalog columns, ScopeFilterLookup scopes)
        where TResource : class
    {
        IQueryable<TResource> projected = query.ApplyProjection(layer, columns, scopes);
        return QueryableBuilder.IncludesCollection(layer.Include) ? projected.AsSplitQuery() : projected;
    }
}
