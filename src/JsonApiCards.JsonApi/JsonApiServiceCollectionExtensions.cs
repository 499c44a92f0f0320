using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Middleware;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi;

/// <summary>Registers the JSON:API layer.</summary>
public static class JsonApiServiceCollectionExtensions
{
    /// <summary>Builds the resource graph once and registers the layer's services over the given DbContext.</summary>
    public static IServiceCollection AddJsonApi<TDbContext>(this IServiceCollection services, Action<ResourceGraphBuilder> buildGraph, Action<JsonApiOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(buildGraph);
        var graphBuilder = new ResourceGraphBuilder();
        buildGraph(graphBuilder);
        ResourceGraph graph = graphBuilder.Build();

        services.AddOptions<JsonApiOptions>().Configure(options => configure?.Invoke(options));
        services.AddSingleton(graph);
        services.AddSingleton(provider => new QueryStringReader(provider.GetRequiredService<IOptions<JsonApiOptions>>().Value));
        services.AddSingleton<ResourceDefinitionProvider>();
        services.AddSingleton<ResourceByIdLoader>();
        services.AddSingleton(provider =>
        {
            // Worked out once, from a scope of its own: the model is the same for every context, and a definition's
            // required properties are the same for every instance.
            using IServiceScope scope = provider.CreateScope();
            var definitions = provider.GetRequiredService<ResourceDefinitionProvider>();
            return new ProjectionColumnCatalog(graph, scope.ServiceProvider.GetRequiredService<TDbContext>().Model,
                type => definitions.Get(scope.ServiceProvider, type).RequiredProperties);
        });
        services.AddSingleton<RelatedResourceReader>();
        services.AddScoped(provider => new JsonApiDbContextAccessor(provider.GetRequiredService<TDbContext>()));
        services.TryAddScoped(typeof(IResourceDefinition<>), typeof(JsonApiResourceDefinition<>));
        services.AddScoped(typeof(JsonApiResourceService<>));
        return services;
    }

    /// <summary>Registers the definition of a resource type.</summary>
    public static IServiceCollection AddResourceDefinition<TResource, TDefinition>(this IServiceCollection services)
        where TResource : class
        where TDefinition : class, IResourceDefinition<TResource>
    {
        services.AddScoped<IResourceDefinition<TResource>, TDefinition>();
        return services;
    }

    /// <summary>Answers every failure under the JSON:API base path with an error document. Add it early in the pipeline.</summary>
    public static IApplicationBuilder UseJsonApiErrors(this IApplicationBuilder app) => app.UseMiddleware<JsonApiErrorMiddleware>();
}
