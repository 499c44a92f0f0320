using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>
/// Adds every JSON:API route to the document, read from the endpoints themselves: their pattern, methods and declared
/// statuses, and the resource type and kind of route they are. A route that serves every relationship
/// (<c>{relationship}</c>) becomes one path per relationship that accepts its method, so generated clients get one
/// method per relationship. <c>HEAD</c>, answered wherever <c>GET</c> is, is left implicit.
/// </summary>
internal sealed class JsonApiDocumentProcessor(EndpointDataSource endpoints, ResourceGraph graph, Func<ResourceType, IReadOnlyList<SimpleFilter>> simpleFiltersOf, JsonApiOptions options)
    : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OpenApiDocument document = context.Document;
        var includePaths = new IncludePaths(options.MaxIncludeDepth);
        var operations = new JsonApiOperations(new ComponentSchemas(document, includePaths), new QueryParameters(options, simpleFiltersOf, includePaths));

        foreach (RouteEndpoint endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            int[] statuses = [.. endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(produces => produces.StatusCode).Distinct().Order()];
            if (endpoint.Metadata.GetMetadata<AtomicOperationsRoute>() is not null)
            {
                document.Paths["/" + endpoint.RoutePattern.RawText!.Trim('/')] = new OpenApiPathItem { ["post"] = AtomicOperationsDescription.Create(operations.Schemas, graph, statuses) };
                document.Tags.Add(new OpenApiTag { Name = "operations", Description = AtomicOperationsDescription.TagDescription });
                continue;
            }

            if (endpoint.Metadata.GetMetadata<JsonApiRouteDescription>() is not { } route)
            {
                continue;
            }

            foreach (string method in endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods.Where(method => !HttpMethods.IsHead(method)))
            {
                foreach (RelationshipField? relationship in RelationshipsOf(route, method))
                {
                    string path = "/" + endpoint.RoutePattern.RawText!.Trim('/');
                    path = relationship is null ? path : path.Replace("{relationship}", relationship.PublicName, StringComparison.Ordinal);
                    if (!document.Paths.TryGetValue(path, out OpenApiPathItem? item))
                    {
                        item = new OpenApiPathItem();
                        document.Paths[path] = item;
                    }

                    item[method.ToLowerInvariant()] = operations.Create(route, relationship, statuses);
                }
            }
        }

        foreach (ResourceType type in graph.ResourceTypes)
        {
            document.Tags.Add(new OpenApiTag { Name = type.PublicName, Description = AttributeSchemas.Describe(type.ClrType) });
        }
    }

    /// <summary>
    /// Null for a route of the resource or its collection; else every relationship that accepts the route's change: a
    /// to-one one is only replaced, and a to-many one only as its capabilities allow (the others answer 403).
    /// </summary>
    private static IEnumerable<RelationshipField?> RelationshipsOf(JsonApiRouteDescription route, string method)
    {
        if (!route.IsPerRelationship)
        {
            return [null];
        }

        IReadOnlyList<RelationshipField> relationships = route.ResourceType.Relationships;
        return route.Kind switch
        {
            JsonApiRouteKind.SetRelationship => relationships.Where(relationship => !relationship.IsToMany || relationship.Can(HasManyCapabilities.AllowSet)),
            JsonApiRouteKind.AddToRelationship => relationships.Where(relationship => relationship.IsToMany && relationship.Can(HasManyCapabilities.AllowAdd)),
            JsonApiRouteKind.RemoveFromRelationship => relationships.Where(relationship => relationship.IsToMany && relationship.Can(HasManyCapabilities.AllowRemove)),
            _ => relationships,
        };
    }
}
