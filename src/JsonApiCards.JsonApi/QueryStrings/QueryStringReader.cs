using System.Collections.Concurrent;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Parsing;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>
/// Reads every query string parameter of a request into one validated <see cref="QueryLayer"/>.
/// </summary>
/// <remarks>
/// <para>Filter parameters are told apart by one key rule, tried in this order:</para>
/// <list type="number">
/// <item><c>filter=...</c> is the JsonApiDotNetCore dialect on the primary type; repeated, the values combine with OR.</item>
/// <item><c>filter[q][attribute_predicate]=value</c> is a Ransack condition; several combine with AND.</item>
/// <item><c>filter[key]=value</c> where <c>key</c> is a declared <see cref="SimpleFilter"/> is that simple filter.</item>
/// <item><c>filter[relationship.path]=...</c>, a chain of relationships ending in a to-many one, is a JsonApiDotNetCore
/// filter of that included collection (on its element type), at any depth; repeated, the values combine with OR.
/// <c>include</c> must name the path, or the filter would do nothing.</item>
/// <item>Any other <c>filter[...]</c> is refused with 400.</item>
/// </list>
/// <para>The top-level filters of all three kinds (JsonApiDotNetCore, Ransack, simple) combine with AND.</para>
/// <para>
/// Every parameter that is not a JSON:API family (<c>filter</c>, <c>sort</c>, <c>page</c>, <c>fields</c>, <c>include</c>)
/// is refused: lowercase-only names are reserved by JSON:API 1.1, and this API defines no implementation-specific ones.
/// <c>fields[type]</c> accepts the primary type and every type reachable from it through relationships.
/// Every failure is an <see cref="InvalidQueryStringParameterException"/> naming the parameter as it was sent.
/// </para>
/// </remarks>
/// <param name="options">Page sizes and nesting limits.</param>
public sealed class QueryStringReader(JsonApiOptions options)
{
    private readonly JsonApiOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    private readonly ResolvedDeclarations _declarations = new();

    // Most requests send no query string at all: their layer depends only on the type and the kind of request, and a
    // layer is immutable, so it is read once and shared.
    private readonly ConcurrentDictionary<(ResourceType, bool, SortExpression?), QueryLayer> _emptyQueryLayers = new();

    /// <summary>Reads the query string of a request for <paramref name="resourceType"/>.</summary>
    /// <param name="query">The query parameters, e.g. <c>HttpRequest.Query</c>.</param>
    /// <param name="resourceType">The type of the primary data.</param>
    /// <param name="simpleFilters">The <c>filter[key]</c> parameters the resource definition declares.</param>
    /// <param name="isCollection">False for single-resource requests, which refuse <c>sort</c> and <c>page</c>.</param>
    /// <param name="defaultSort">The definition's order when the request gives no <c>sort</c>; null or empty for by id.</param>
    /// <exception cref="InvalidQueryStringParameterException">A parameter is unknown, malformed or not allowed.</exception>
    public QueryLayer Read(IEnumerable<KeyValuePair<string, StringValues>> query, ResourceType resourceType, IReadOnlyList<SimpleFilter> simpleFilters, bool isCollection, IReadOnlyList<SortKey>? defaultSort = null) =>
        Read(query, resourceType, simpleFilters, isCollection, defaultSort, cursorByDefault: false);

    /// <summary>
    /// Reads the query string of a request for <paramref name="resourceType"/>; with <paramref name="cursorByDefault"/> (the
    /// request's <c>Accept</c> names the cursor pagination profile) a collection without <c>page[number]</c> is paged by cursor.
    /// </summary>
    /// <exception cref="InvalidQueryStringParameterException">A parameter is unknown, malformed or not allowed.</exception>
    internal QueryLayer Read(IEnumerable<KeyValuePair<string, StringValues>> query, ResourceType resourceType, IReadOnlyList<SimpleFilter> simpleFilters, bool isCollection, IReadOnlyList<SortKey>? defaultSort, bool cursorByDefault)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        RequestShape shape = !isCollection ? RequestShape.Single : cursorByDefault ? RequestShape.CursorCollection : RequestShape.Collection;
        return Read(query, resourceType, simpleFilters, shape, isCollection ? _declarations.SortOf(defaultSort, resourceType) : null);
    }

    /// <summary>
    /// Reads the query string of a POST or PATCH of one resource. It shapes the response (<c>include</c>, <c>fields</c>,
    /// <c>filter[relationship]</c> of an included collection) but refuses a filter of the written resource itself, as
    /// <c>sort</c> and <c>page</c>: it would only apply after the write, so an answer of "not found" would hide a change made.
    /// </summary>
    /// <exception cref="InvalidQueryStringParameterException">A parameter is unknown, malformed or not allowed.</exception>
    public QueryLayer ReadForWrite(IEnumerable<KeyValuePair<string, StringValues>> query, ResourceType resourceType, IReadOnlyList<SimpleFilter> simpleFilters) =>
        Read(query, resourceType, simpleFilters, RequestShape.Write, defaultSort: null);

    private QueryLayer Read(IEnumerable<KeyValuePair<string, StringValues>> query, ResourceType resourceType, IReadOnlyList<SimpleFilter> simpleFilters, RequestShape shape, SortExpression? defaultSort)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(simpleFilters);

        bool isCollection = shape is RequestShape.Collection or RequestShape.CursorCollection;
        if (shape != RequestShape.CursorCollection && (query is IQueryCollection { Count: 0 } || (query.TryGetNonEnumeratedCount(out int count) && count == 0)))
        {
            return _emptyQueryLayers.GetOrAdd((resourceType, isCollection, defaultSort), key => ToLayer(NewState(key.Item1), key.Item1, key.Item2, key.Item3, cursorByDefault: false));
        }

        QueryReadState state = NewState(resourceType);

        foreach ((string name, List<string> values) in GroupByName(query))
        {
            ReadParameter(state, name, values, simpleFilters, shape);
        }

        RequireIncludeFiltersIncluded(state);
        return ToLayer(state, resourceType, isCollection, defaultSort, shape == RequestShape.CursorCollection);
    }

    private QueryReadState NewState(ResourceType resourceType) =>
        new(resourceType, new FilterSizeLimits(_options.MaxFilterTerms, _options.MaxFilterListLength, _options.MaxFilterSubqueries));

    private QueryLayer ToLayer(QueryReadState state, ResourceType resourceType, bool isCollection, SortExpression? defaultSort, bool cursorByDefault)
    {
        CursorPagination? cursor = isCollection ? ReadCursor(state, cursorByDefault) : null;
        if (state.PageSize > _options.MaxPageSize && cursor is null)
        {
            // The same refusal as a page size out of range, which page[size] gives itself when read.
            ReadPageValue("page[size]", [state.PageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)], _options.MaxPageSize, $"a page size from 1 to {_options.MaxPageSize}");
        }

        PaginationExpression? pagination = isCollection && cursor is null ? new PaginationExpression(state.PageNumber ?? 1, state.PageSize ?? _options.DefaultPageSize) : null;
        if (pagination is not null && pagination.Offset + pagination.PageSize > _options.MaxPageOffset)
        {
            throw QueryStringErrors.PageTooDeep(_options.MaxPageOffset, pagination.Offset + pagination.PageSize);
        }

        return new()
        {
            ResourceType = resourceType,
            Filter = LogicalExpression.Combine(LogicalOperator.And, state.Filters),
            // Only collections are given a default sort.
            Sort = state.Sort ?? defaultSort ?? SortExpression.ById(resourceType),
            Pagination = pagination,
            Cursor = cursor,
            Include = state.Include ?? IncludeExpression.Empty,
            Fieldsets = state.FieldsetsRead,
            IncludeFilters = state.IncludeFiltersRead,
        };
    }

    private void ReadParameter(QueryReadState state, string name, List<string> values, IReadOnlyList<SimpleFilter> simpleFilters, RequestShape shape)
    {
        QueryParameterName? parameter = QueryParameterName.TryParse(name);
        bool isCollection = shape is RequestShape.Collection or RequestShape.CursorCollection;

        switch (parameter)
        {
            case { Family: "filter", Keys: [] }:
                RequireRead(name, shape);
                state.Filters.Add(ReadJsonApiFilter(name, values, state.ResourceType, state));
                break;
            case { Family: "filter", Keys: ["q", ..] }:
                RequireRead(name, shape);
                state.Filters.Add(ReadRansackFilter(name, parameter.Keys, values, state));
                break;
            case { Family: "filter", Keys: [string key] } when simpleFilters.FirstOrDefault(filter => filter.Key == key) is { } simpleFilter:
                RequireRead(name, shape);
                state.Filters.Add(ReadSimpleFilter(name, simpleFilter, values, state));
                break;
            case { Family: "filter", Keys: [string path] }:
                ReadIncludeFilter(name, path, values, state, simpleFilters);
                break;
            case { Family: "sort", Keys: [] }:
                RequireCollection(name, isCollection, "Sorting");
                state.Sort = Parse(name, SingleValue(name, values, "a comma-separated list of attributes, each optionally preceded by '-'"),
                    value => new SortParser(_options.MaxSortKeys).Parse(value, state.ResourceType));
                break;
            case { Family: "page", Keys: ["number"] }:
                RequireCollection(name, isCollection, "Pagination");
                state.PageNumber = ReadPageValue(name, values, int.MaxValue, $"a page number from 1 to {int.MaxValue}");
                break;
            case { Family: "page", Keys: ["size"] }:
                RequireCollection(name, isCollection, "Pagination");
                // The maximum is checked with the other page parameters: the cursor pagination profile refuses it its own way.
                state.PageSize = ReadPageValue(name, values, int.MaxValue, $"a page size from 1 to {_options.MaxPageSize}");
                break;
            case { Family: "page", Keys: ["after"] }:
                RequireCollection(name, isCollection, "Pagination");
                state.PageAfter = SingleValue(name, values, "a cursor from a links.next of this collection");
                break;
            case { Family: "page", Keys: ["before"] }:
                RequireCollection(name, isCollection, "Pagination");
                state.PageBefore = SingleValue(name, values, "a cursor from a links.prev of this collection");
                break;
            case { Family: "fields", Keys: [string typeName] }:
                ReadFieldset(name, typeName, values, state);
                break;
            case { Family: "include", Keys: [] }:
                state.Include = Parse(name, SingleValue(name, values, "a comma-separated list of relationship paths"),
                    value => new IncludeParser(_options.MaxIncludeDepth).Parse(value, state.ResourceType));
                break;
            case { Family: "filter" or "sort" or "page" or "fields" or "include" }:
                throw new InvalidQueryStringParameterException(name, UsageOfFamily(parameter.Family));
            default:
                throw new InvalidQueryStringParameterException(name, QueryParameterName.IsReservedByJsonApi(name)
                    ? $"'{name}' is not a JSON:API query parameter; names of only the letters a-z are reserved for JSON:API (filter, sort, page, fields, include)."
                    : $"Query parameter '{name}' is not supported; expected filter, sort, page[number], page[size], fields[type] or include.");
        }
    }

    private FilterExpression ReadJsonApiFilter(string name, List<string> values, ResourceType resourceType, QueryReadState state)
    {
        var parser = new FilterParser(_options.MaxFilterNestingDepth, _options.MaxToManyFilterDepth, state.FilterLimits, state.FindResourceType);
        RequireValues(name, values, "a filter expression such as equals(name,'value')");
        return LogicalExpression.Combine(LogicalOperator.Or, [.. values.Select(value => Parse(name, value, text => parser.Parse(text, resourceType)))])!;
    }

    private static FilterExpression ReadRansackFilter(string name, IReadOnlyList<string> keys, List<string> values, QueryReadState state)
    {
        if (keys is not [_, string condition] || condition.Length == 0)
        {
            throw new InvalidQueryStringParameterException(name, "Ransack conditions are written filter[q][attribute_predicate], e.g. filter[q][reference_eq]=A1.");
        }

        RequireValues(name, values, "a value for the condition");
        return LogicalExpression.Combine(LogicalOperator.And, [.. values.Select(value => Parse(name, value, text => RansackFilterParser.Parse(condition, text, state.ResourceType, state.FilterLimits)))])!;
    }

    private FilterExpression ReadSimpleFilter(string name, SimpleFilter filter, List<string> values, QueryReadState state)
    {
        ResourceFieldChainExpression target = _declarations.TargetOf(filter, state.ResourceType);
        RequireValues(name, values, SimpleFilterParser.Expected(filter, target));
        return LogicalExpression.Combine(LogicalOperator.And, [.. values.Select(value => Parse(name, value, text => SimpleFilterParser.Parse(filter, target, text, state.FilterLimits)))])!;
    }

    private void ReadIncludeFilter(string name, string path, List<string> values, QueryReadState state, IReadOnlyList<SimpleFilter> simpleFilters)
    {
        string[] names = path.Split('.');

        if (state.ResourceType.FindRelationship(names[0]) is null)
        {
            string declared = simpleFilters.Count == 0 ? "none are declared" : "declared: " + string.Join(", ", simpleFilters.Select(filter => filter.Key));
            throw new InvalidQueryStringParameterException(name,
                $"'{path}' is neither a filter of '{state.ResourceType.PublicName}' ({declared}) nor a relationship path; use filter[q][...] for Ransack conditions or filter=... for expressions.");
        }

        IReadOnlyList<RelationshipField> collectionPath = Parse(name, path, text => FieldChainResolver.ResolveIncludeFilterPath(state.ResourceType, names));
        var parser = new FilterParser(_options.MaxFilterNestingDepth, _options.MaxToManyFilterDepth, state.FilterLimits, state.FindResourceType);
        RequireValues(name, values, "a filter expression such as equals(name,'value')");
        IEnumerable<FilterExpression> filters = values.Select(value => Parse(name, value, text => parser.Parse(text, collectionPath[^1].RightType)));
        string key = string.Join('.', collectionPath.Select(relationship => relationship.PublicName));

        state.IncludeFilters[key] = LogicalExpression.Combine(LogicalOperator.Or, [state.IncludeFilters.GetValueOrDefault(key), .. filters])!;
        state.IncludeFilterParameters.TryAdd(key, name);
    }

    /// <summary>An include filter narrows an included collection, so a path that <c>include</c> does not reach would silently do nothing.</summary>
    private static void RequireIncludeFiltersIncluded(QueryReadState state)
    {
        foreach (var (path, name) in state.IncludeFilterParametersRead)
        {
            IReadOnlyList<IncludeElementExpression> level = state.Include?.Elements ?? [];
            foreach (string relationship in path.Split('.'))
            {
                level = level.FirstOrDefault(element => element.Relationship.PublicName == relationship)?.Children
                    ?? throw new InvalidQueryStringParameterException(name, $"'{path}' filters an included collection, but include does not name it; add include={path}.");
            }
        }
    }

    private static void ReadFieldset(string name, string typeName, List<string> values, QueryReadState state)
    {
        ResourceType fieldsetType = state.FindResourceType(typeName)
            ?? throw new InvalidQueryStringParameterException(name, $"Resource type '{typeName}' does not exist or cannot appear in a response for '{state.ResourceType.PublicName}'.");

        // JSON:API 1.1: an empty value asks for no fields of the type, only its identity.
        state.Fieldsets[fieldsetType] = values is [""]
            ? new SparseFieldSetExpression(fieldsetType, [], [])
            : Parse(name, SingleValue(name, values, "a comma-separated list of attributes and relationships"), value => new SparseFieldSetParser().Parse(value, fieldsetType));
    }

    private static int ReadPageValue(string name, List<string> values, int maximum, string expected)
    {
        string value = SingleValue(name, values, expected);
        return Parse(name, value, text => PaginationParser.Parse(text, maximum, expected));
    }

    private static void RequireCollection(string name, bool isCollection, string what)
    {
        if (!isCollection)
        {
            throw new InvalidQueryStringParameterException(name, $"{what} is only available on collections; this request returns a single resource.");
        }
    }

    private static void RequireRead(string name, RequestShape shape)
    {
        if (shape == RequestShape.Write)
        {
            throw new InvalidQueryStringParameterException(name,
                "A write cannot be filtered: the filter would be applied after the resource was written. Filter an included collection with filter[relationship] instead.");
        }
    }

    private static void RequireValues(string name, List<string> values, string expected)
    {
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidQueryStringParameterException(name, $"A value is required; expected {expected}.");
        }
    }

    private static string SingleValue(string name, List<string> values, string expected)
    {
        RequireValues(name, values, expected);

        return values.Count == 1
            ? values[0]
            : throw new InvalidQueryStringParameterException(name, $"This parameter may be given only once; expected {expected}.");
    }

    private static T Parse<T>(string name, string value, Func<string, T> parse)
    {
        try
        {
            return parse(value);
        }
        catch (QueryParseException exception)
        {
            throw new InvalidQueryStringParameterException(name, exception.Message, exception.ErrorCode);
        }
        catch (QueryValidationException exception)
        {
            throw new InvalidQueryStringParameterException(name, exception.Message);
        }
    }

    private static string UsageOfFamily(string family) => family switch
    {
        "filter" => "Filters are written filter=..., filter[q][attribute_predicate]=..., filter[declared_key]=... or filter[relationship]=....",
        "page" => "Pagination is written page[number]=... and page[size]=....",
        "fields" => "Sparse fieldsets are written fields[type]=....",
        _ => $"'{family}' takes no brackets; write {family}=....",
    };

    private static List<(string Name, List<string> Values)> GroupByName(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        List<(string Name, List<string> Values)> groups = [];
        Dictionary<string, List<string>> byName = new(StringComparer.Ordinal);

        foreach ((string name, StringValues values) in query)
        {
            if (!byName.TryGetValue(name, out List<string>? group))
            {
                group = [];
                byName[name] = group;
                groups.Add((name, group));
            }

            group.AddRange(values.Count == 0 ? [string.Empty] : values.Select(value => value ?? string.Empty));
        }

        return groups;
    }

    /// <summary>
    /// The cursor page of a collection: asked for with <c>page[after]</c> or <c>page[before]</c>, or by the request's
    /// <c>Accept</c> when it gives no <c>page[number]</c>; null for page-number pagination.
    /// </summary>
    private CursorPagination? ReadCursor(QueryReadState state, bool cursorByDefault)
    {
        bool hasCursor = state.PageAfter is not null || state.PageBefore is not null;
        if (hasCursor && state.PageNumber is not null)
        {
            throw new InvalidQueryStringParameterException("page[number]", "page[number] pages by number, page[after] and page[before] by cursor; send one kind.");
        }

        if (!hasCursor && (!cursorByDefault || state.PageNumber is not null))
        {
            return null;
        }

        if (state.PageAfter is not null && state.PageBefore is not null)
        {
            throw new JsonApiException(QueryStringErrors.CursorRangeNotSupported());
        }

        if (state.PageSize > _options.MaxPageSize)
        {
            throw new JsonApiException(QueryStringErrors.PageSizeTooLarge(_options.MaxPageSize, state.PageSize.Value));
        }

        return new CursorPagination(state.PageAfter, state.PageBefore, state.PageSize ?? _options.DefaultPageSize);
    }

    private enum RequestShape
    {
        Collection,
        CursorCollection,
        Single,
        Write,
    }
}
