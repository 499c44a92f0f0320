using System.Collections.ObjectModel;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries;

/// <summary>Everything the query string asks of one request, validated against the resource graph.</summary>
public sealed class QueryLayer
{
    /// <summary>The resource type of the primary data.</summary>
    public required ResourceType ResourceType { get; init; }

    /// <summary>The top-level filter (all dialects combined with AND), or null for none.</summary>
    public FilterExpression? Filter { get; init; }

    /// <summary>The requested order; id ascending when none was given.</summary>
    public required SortExpression Sort { get; init; }

    /// <summary>The page by number; null for single-resource requests and for a collection paged by cursor.</summary>
    public PaginationExpression? Pagination { get; init; }

    /// <summary>The page by cursor (the cursor pagination profile), or null for page-number pagination.</summary>
    public CursorPagination? Cursor { get; init; }

    /// <summary>The relationships to include; <see cref="IncludeExpression.Empty"/> when none.</summary>
    public IncludeExpression Include { get; init; } = IncludeExpression.Empty;

    /// <summary>Sparse fieldsets by type; a type that is absent gets all its viewable fields.</summary>
    public IReadOnlyDictionary<ResourceType, SparseFieldSetExpression> Fieldsets { get; init; } = ReadOnlyDictionary<ResourceType, SparseFieldSetExpression>.Empty;

    /// <summary>Filters on included to-many collections, keyed by dotted relationship path such as <c>orders</c>; each applies to the collection's element type.</summary>
    public IReadOnlyDictionary<string, FilterExpression> IncludeFilters { get; init; } = ReadOnlyDictionary<string, FilterExpression>.Empty;
}
