using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Maps the JSON:API routes of every resource.</summary>
public static class JsonApiEndpointRouteBuilderExtensions
{
    // HTTP servers answer HEAD wherever they answer GET (RFC 9110, 9.1); Kestrel sends the headers and drops the body.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps the routes of every resource added to the layer, under the JSON:API base path, after the start-up checks: each
    /// resource's definition is resolved once, and a resource without one, or whose definition gives no caller scope and
    /// was not added as unscoped, throws <see cref="InvalidOperationException"/> naming it.
    /// </summary>
    /// <returns>The group of every JSON:API route, for conventions that apply to all of them.</returns>
    public static RouteGroupBuilder MapJsonApiResources(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        IServiceProvider services = endpoints.ServiceProvider;
        services.GetRequiredService<ResourceDefinitionCatalog>();
        services.GetRequiredService<InverseRelationshipCatalog>();
        JsonApiOptions options = services.GetRequiredService<IOptions<JsonApiOptions>>().Value;

        // The layer describes its routes itself, from the resource graph (OpenApi/), more precisely than an API explorer can.
        RouteGroupBuilder jsonApi = endpoints.MapGroup(options.BasePath).ExcludeFromDescription();
        foreach (JsonApiResourceRegistration registration in services.GetRequiredService<JsonApiResourceRegistrations>().All)
        {
            registration.MapRoutes(jsonApi);
        }

        return jsonApi;
    }

    /// <summary>
    /// Maps <c>GET/POST /api/{type}</c>, <c>GET/PATCH/DELETE /api/{type}/{id}</c>, <c>GET /api/{type}/{id}/{relationship}</c> and
    /// <c>GET/PATCH/POST/DELETE /api/{type}/{id}/relationships/{relationship}</c> for a resource type under the group of the base path, behind JSON:API content negotiation. Every GET route answers HEAD too.
    /// </summary>
    internal static RouteGroupBuilder MapJsonApiResource<TResource>(this IEndpointRouteBuilder jsonApi)
        where TResource : class, IIdentifiable, new()
    {
        ResourceType resourceType = jsonApi.ServiceProvider.GetRequiredService<ResourceGraph>().GetResourceType<TResource>();

        RouteGroupBuilder group = jsonApi.MapGroup($"/{resourceType.PublicName}")
            .WithTags(resourceType.PublicName)
            .AddEndpointFilter<ContentNegotiationFilter>();

        group.MapMethods("", GetAndHead, ResourceHandlers<TResource>.GetCollectionAsync).WithName($"list_{resourceType.PublicName}")
            .Describes(resourceType, JsonApiRouteKind.Collection).AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.Collection).AnswersNotModified();
        group.MapPost("", ResourceHandlers<TResource>.CreateAsync).WithName($"create_{resourceType.PublicName}")
            .Describes(resourceType, JsonApiRouteKind.Create).TakesDocument().AnswersDocument(StatusCodes.Status201Created, JsonApiRouteMetadata.Write);
        group.MapMethods("{id}", GetAndHead, ResourceHandlers<TResource>.GetAsync).WithName($"get_{resourceType.PublicName}")
            .Describes(resourceType, JsonApiRouteKind.Single).AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.OneResource).AnswersNotModified();
        group.MapPatch("{id}", ResourceHandlers<TResource>.UpdateAsync).WithName($"update_{resourceType.PublicName}")
            .Describes(resourceType, JsonApiRouteKind.Update).TakesDocument().AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.ConditionalWrite);
        group.MapDelete("{id}", ResourceHandlers<TResource>.DeleteAsync).WithName($"delete_{resourceType.PublicName}")
            .Describes(resourceType, JsonApiRouteKind.Delete).AnswersNoContent(JsonApiRouteMetadata.Delete);
        group.MapMethods("{id}/relationships/{relationship}", GetAndHead, RelationshipHandlers<TResource>.GetRelationshipAsync).WithName($"get_{resourceType.PublicName}_relationship")
            .Describes(resourceType, JsonApiRouteKind.Relationship).AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.OneResource);
        group.MapMethods("{id}/{relationship}", GetAndHead, RelatedResourceHandlers<TResource>.GetRelatedAsync).WithName($"get_{resourceType.PublicName}_related")
            .Describes(resourceType, JsonApiRouteKind.Related).AnswersDocument(StatusCodes.Status200OK, JsonApiRouteMetadata.OneResource).AnswersNotModified();
        group.MapPatch("{id}/relationships/{relationship}", RelationshipWriteHandlers<TResource>.SetAsync).WithName($"set_{resourceType.PublicName}_relationship")
            .Describes(resourceType, JsonApiRouteKind.SetRelationship).TakesDocument().AnswersNoContent(JsonApiRouteMetadata.ConditionalWrite);
        group.MapPost("{id}/relationships/{relationship}", RelationshipWriteHandlers<TResource>.AddAsync).WithName($"add_to_{resourceType.PublicName}_relationship")
            .Describes(resourceType, JsonApiRouteKind.AddToRelationship).TakesDocument().AnswersNoContent(JsonApiRouteMetadata.ConditionalWrite);
        group.MapDelete("{id}/relationships/{relationship}", RelationshipWriteHandlers<TResource>.RemoveAsync).WithName($"remove_from_{resourceType.PublicName}_relationship")
            .Describes(resourceType, JsonApiRouteKind.RemoveFromRelationship).TakesDocument().AnswersNoContent(JsonApiRouteMetadata.ConditionalWrite);
        return group;
    }
}
