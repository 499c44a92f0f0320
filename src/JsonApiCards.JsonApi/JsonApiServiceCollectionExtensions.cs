using JsonApiCards.JsonApi.Queries.Keyset;
using Microsoft.AspNetCore.DataProtection;
using JsonApiCards.JsonApi.Middleware;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi;

/// <summary>Registers the JSON:API layer.</summary>
public static class JsonApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the layer over the given DbContext, with the resources <paramref name="addResources"/> adds (each with its
    /// definition), and builds the resource graph once. <see cref="Endpoints.JsonApiEndpointRouteBuilderExtensions.MapJsonApiResources"/>
    /// maps their routes and runs the start-up checks. The layer registers an <see cref="IInterceptor"/> that counts up
    /// the concurrency tokens the database does not keep itself: add the registered interceptors to the context's options.
    /// </summary>
    public static IServiceCollection AddJsonApi<TDbContext>(this IServiceCollection services, Action<JsonApiResourceBuilder> addResources, Action<JsonApiOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(addResources);
        var resources = new JsonApiResourceBuilder(services);
        addResources(resources);
        ResourceGraph graph = resources.BuildGraph();

        services.AddOptions<JsonApiOptions>()
            .Configure(options => configure?.Invoke(options))
            .PostConfigure(options => options.PublicBaseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? null : options.PublicBaseUrl.TrimEnd('/'))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JsonApiOptions>, JsonApiOptionsValidator>();
        services.AddSingleton(graph);
        services.AddSingleton(new JsonApiResourceRegistrations(resources.Registrations));
        services.AddSingleton(provider => new QueryStringReader(provider.GetRequiredService<IOptions<JsonApiOptions>>().Value));
        services.AddSingleton<ResourceDefinitionProvider>();
        services.AddSingleton(provider => ResourceDefinitionCatalog.Build(
            graph, provider.GetRequiredService<JsonApiResourceRegistrations>(), provider.GetRequiredService<ResourceDefinitionProvider>(), provider));
        services.AddSingleton<ResourceByIdLoader>();
        services.AddSingleton(provider =>
        {
            // Worked out once, from a scope of its own: the model is the same for every context.
            using IServiceScope scope = provider.CreateScope();
            var definitions = provider.GetRequiredService<ResourceDefinitionCatalog>();
            return new ProjectionColumnCatalog(graph, scope.ServiceProvider.GetRequiredService<TDbContext>().Model, definitions.RequiredPropertiesOf)
            {
                MaxToManyLinkage = provider.GetRequiredService<IOptions<JsonApiOptions>>().Value.MaxToManyLinkage,
            };
        });
        services.AddSingleton(provider =>
        {
            using IServiceScope scope = provider.CreateScope();
            return new InverseRelationshipCatalog(graph, scope.ServiceProvider.GetRequiredService<TDbContext>().Model);
        });
        services.AddSingleton(provider =>
        {
            using IServiceScope scope = provider.CreateScope();
            return new ConcurrencyTokens(graph, scope.ServiceProvider.GetRequiredService<TDbContext>().Model);
        });

        // The context's options take it with the application's other interceptors (AddInterceptors(GetServices<IInterceptor>())).
        services.AddSingleton<IInterceptor, ConcurrencyVersionInterceptor>();
        services.AddSingleton<CompiledSingleReads>();
        services.AddSingleton<RelatedResourceReader>();
        services.AddDataProtection();
        services.AddSingleton<CursorCodec>();
        services.AddSingleton<ResourceOperationTargets>();
        services.AddScoped(provider => new JsonApiDbContextAccessor(provider.GetRequiredService<TDbContext>()));
        return services;
    }

    /// <summary>Answers every failure under the JSON:API base path with an error document. Add it early in the pipeline.</summary>
    public static IApplicationBuilder UseJsonApiErrors(this IApplicationBuilder app) => app.UseMiddleware<JsonApiErrorMiddleware>();
}
