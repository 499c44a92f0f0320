using System.Collections.ObjectModel;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Parsing;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>What <see cref="QueryStringReader"/> has read so far of one request's query string.</summary>
internal sealed class QueryReadState(ResourceType resourceType, FilterSizeLimits filterLimits)
{
    // Made on first use: most requests have no include filter and no fieldset, and need no dictionaries for them.
    private Dictionary<string, FilterExpression>? _includeFilters;
    private Dictionary<string, string>? _includeFilterParameters;
    private Dictionary<ResourceType, SparseFieldSetExpression>? _fieldsets;

    public ResourceType ResourceType { get; } = resourceType;

    /// <summary>Counts the terms of every filter parameter of the request, of both dialects, against one limit.</summary>
    public FilterSizeLimits FilterLimits { get; } = filterLimits;

    public List<FilterExpression> Filters { get; } = [];

    public Dictionary<string, FilterExpression> IncludeFilters => _includeFilters ??= new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FilterExpression> IncludeFiltersRead => (IReadOnlyDictionary<string, FilterExpression>?)_includeFilters ?? ReadOnlyDictionary<string, FilterExpression>.Empty;

    /// <summary>The parameter name each include filter path was first given under, for errors.</summary>
    public Dictionary<string, string> IncludeFilterParameters => _includeFilterParameters ??= new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> IncludeFilterParametersRead => (IReadOnlyDictionary<string, string>?)_includeFilterParameters ?? ReadOnlyDictionary<string, string>.Empty;

    public Dictionary<ResourceType, SparseFieldSetExpression> Fieldsets => _fieldsets ??= [];

    public IReadOnlyDictionary<ResourceType, SparseFieldSetExpression> FieldsetsRead => (IReadOnlyDictionary<ResourceType, SparseFieldSetExpression>?)_fieldsets ?? ReadOnlyDictionary<ResourceType, SparseFieldSetExpression>.Empty;

    public SortExpression? Sort { get; set; }

    public int? PageNumber { get; set; }

    public int? PageSize { get; set; }

    public string? PageAfter { get; set; }

    public string? PageBefore { get; set; }

    public IncludeExpression? Include { get; set; }

    /// <summary>A type a filter or fieldset of this request may name: the primary type or one reachable from it through relationships.</summary>
    public ResourceType? FindResourceType(string publicName) => ResourceType.FindReachableType(publicName);
}
