using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSwag.Generation;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>Describes the JSON:API routes in an NSwag OpenAPI document.</summary>
public static class JsonApiOpenApiSettingsExtensions
{
    /// <summary>
    /// Adds the processor that describes every route <c>MapJsonApiResources</c> maps, from the resource graph: per resource
    /// type its schemas, and per route its parameters, request and response documents and error responses. The application
    /// adds processors of its own for what the layer does not know (security, its other routes).
    /// </summary>
    public static OpenApiDocumentGeneratorSettings AddJsonApiDescriptions(this OpenApiDocumentGeneratorSettings settings, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(services);
        ResourceDefinitionCatalog definitions = services.GetRequiredService<ResourceDefinitionCatalog>();
        settings.DocumentProcessors.Add(new JsonApiDocumentProcessor(
            services.GetRequiredService<EndpointDataSource>(),
            services.GetRequiredService<ResourceGraph>(),
            definitions.SimpleFiltersOf,
            services.GetRequiredService<IOptions<JsonApiOptions>>().Value));
        return settings;
    }
}
