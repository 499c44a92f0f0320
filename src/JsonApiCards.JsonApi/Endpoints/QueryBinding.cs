using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Reads the query string of a request into the service's query.</summary>
internal static class QueryBinding
{
    public static ResourceQuery<TResource> ForCollection<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new() => Read(request, isCollection: true);

    public static ResourceQuery<TResource> ForSingle<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new() => Read(request, isCollection: false);

    /// <summary>Reads the query string of a POST or PATCH of one resource, which may not filter the resource it writes.</summary>
    public static ResourceQuery<TResource> ForWrite<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new()
    {
        var services = request.HttpContext.RequestServices;
        IReadOnlyList<SimpleFilter> simpleFilters = services.GetRequiredService<ResourceDefinitionCatalog>().SimpleFiltersOf(request.ResourceType);
        return new ResourceQuery<TResource>(services.GetRequiredService<QueryStringReader>().ReadForWrite(QueryOf(request), request.ResourceType, simpleFilters));
    }

    /// <summary>Reads the query string of a related-resource request as a request for the related type.</summary>
    public static QueryLayer ForRelated<TResource>(JsonApiRequest<TResource> request, RelationshipField relationship)
        where TResource : class, IIdentifiable, new()
    {
        return Read(request, relationship.RightType, relationship.IsToMany);
    }

    private static ResourceQuery<TResource> Read<TResource>(JsonApiRequest<TResource> request, bool isCollection)
        where TResource : class, IIdentifiable, new()
    {
        return new ResourceQuery<TResource>(Read(request, request.ResourceType, isCollection));
    }

    /// <summary>Reads the query string for <paramref name="resourceType"/> with what its definition declared at start-up.</summary>
    private static QueryLayer Read<TResource>(JsonApiRequest<TResource> request, ResourceType resourceType, bool isCollection)
        where TResource : class, IIdentifiable, new()
    {
        var services = request.HttpContext.RequestServices;
        var declared = services.GetRequiredService<ResourceDefinitionCatalog>();
        if (isCollection)
        {
            // One URL answers a page by number or, when Accept names the cursor profile, a page by cursor: caches must key on Accept.
            request.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        }

        bool cursorByDefault = isCollection && CursorPaging.IsRequested(request.HttpContext.Request);
        return services.GetRequiredService<QueryStringReader>().Read(QueryOf(request), resourceType, declared.SimpleFiltersOf(resourceType), isCollection, declared.DefaultSortOf(resourceType), cursorByDefault);
    }

    /// <summary>
    /// Refuses query parameters on a route that takes none with a 400 naming the first one sent (after the same length
    /// check as every other route). A bare <c>?</c> or <c>?&amp;</c> holds no parameter, so it is no error (clients that
    /// build URLs often leave one).
    /// </summary>
    public static void RequireNone<TResource>(JsonApiRequest<TResource> request, string detail)
        where TResource : class, IIdentifiable, new()
    {
        IQueryCollection query = QueryOf(request);
        if (query.Count > 0)
        {
            throw new InvalidQueryStringParameterException(query.Keys.First(), detail);
        }
    }

    /// <summary>
    /// The parsed query, once the raw query string is known to be within <see cref="JsonApiOptions.MaxQueryStringLength"/>:
    /// Kestrel refuses a long request line by itself, but other hosts may pass one of any length, and parsing it costs.
    /// </summary>
    private static IQueryCollection QueryOf<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new()
    {
        HttpRequest http = request.HttpContext.Request;
        int limit = request.Options.Value.MaxQueryStringLength;
        int length = http.QueryString.Value?.Length ?? 0;
        return length <= limit
            ? http.Query
            : throw QueryStringErrors.TooLong(limit, length);
    }
}
