using JsonApiCards.JsonApi.Documents;

namespace JsonApiCards.JsonApi.Services;

/// <summary>How to read resources: the LINQ that filters and sorts, the page, and the relationships to load.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public sealed class ResourceQuery<TResource>
{
    /// <summary>Applies filters and sort order; the service adds scope, paging and includes.</summary>
    public Func<IQueryable<TResource>, IQueryable<TResource>> Shape { get; init; } = query => query;

    /// <summary>The page, from 1; null for no paging.</summary>
    public int? PageNumber { get; init; }

    /// <summary>The page size.</summary>
    public int PageSize { get; init; }

    /// <summary>The relationships to load with the primary data.</summary>
    public IReadOnlyList<IncludeNode> Include { get; init; } = [];

    /// <summary>Filters applied to included to-many collections, keyed by dotted relationship path.</summary>
    public IReadOnlyDictionary<string, System.Linq.Expressions.LambdaExpression> IncludeFilters { get; init; } = new Dictionary<string, System.Linq.Expressions.LambdaExpression>();
}
