using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Reads the query string of a request into the service's query.</summary>
internal static class QueryBinding
{
    public static ResourceQuery<TResource> ForCollection<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new() => Read(request, isCollection: true);

    public static ResourceQuery<TResource> ForSingle<TResource>(JsonApiRequest<TResource> request)
        where TResource : class, IIdentifiable, new() => Read(request, isCollection: false);

    /// <summary>Reads the query string of a related-resource request as a request for the related type.</summary>
    public static QueryLayer ForRelated<TResource>(JsonApiRequest<TResource> request, RelationshipField relationship)
        where TResource : class, IIdentifiable, new()
    {
        var services = request.HttpContext.RequestServices;
        IResourceDefinition definition = request.Definitions.Get(services, relationship.RightType);
        return services.GetRequiredService<QueryStringReader>().Read(request.HttpContext.Request.Query, relationship.RightType, definition.SimpleFilters, relationship.IsToMany, definition.DefaultSort);
    }

    private static ResourceQuery<TResource> Read<TResource>(JsonApiRequest<TResource> request, bool isCollection)
        where TResource : class, IIdentifiable, new()
    {
        var services = request.HttpContext.RequestServices;
        IResourceDefinition definition = services.GetRequiredService<IResourceDefinition<TResource>>();
        QueryLayer layer = services.GetRequiredService<QueryStringReader>().Read(request.HttpContext.Request.Query, request.ResourceType, definition.SimpleFilters, isCollection, definition.DefaultSort);
        return new ResourceQuery<TResource>(layer);
    }
}
