using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi;

/// <summary>
/// The resources the API serves, each added with its definition in one call, so that no resource can be served without
/// the rules and the caller scope its definition holds. Passed to
/// <see cref="JsonApiServiceCollectionExtensions.AddJsonApi{TDbContext}(IServiceCollection, Action{JsonApiResourceBuilder}, Action{JsonApiOptions})"/>.
/// </summary>
public sealed class JsonApiResourceBuilder
{
    private readonly IServiceCollection _services;
    private readonly ResourceGraphBuilder _graph = new();
    private readonly List<JsonApiResourceRegistration> _registrations = [];

    internal JsonApiResourceBuilder(IServiceCollection services) => _services = services;

    /// <summary>Adds an annotated entity type to the resource graph, served under the scope and hooks of <typeparamref name="TDefinition"/>.</summary>
    /// <typeparam name="TResource">The entity type, annotated with <c>[Resource]</c>.</typeparam>
    /// <typeparam name="TDefinition">Its definition; start-up fails when its <see cref="IResourceDefinition{TResource}.ScopeFilter"/> is null.</typeparam>
    public JsonApiResourceBuilder Add<TResource, TDefinition>()
        where TResource : class, IIdentifiable, new()
        where TDefinition : class, IResourceDefinition<TResource>
    {
        Register<TResource>(isUnscoped: false);
        _services.AddScoped<IResourceDefinition<TResource>, TDefinition>();
        return this;
    }

    /// <summary>
    /// Adds an annotated entity type whose data belongs to no caller, served with the definition that changes nothing
    /// (<see cref="JsonApiResourceDefinition{TResource}"/>): every caller reads and writes all of it. Say so only of
    /// reference data; a resource that holds any caller's data is added with its definition instead.
    /// </summary>
    public JsonApiResourceBuilder AddUnscoped<TResource>()
        where TResource : class, IIdentifiable, new()
    {
        Register<TResource>(isUnscoped: true);
        _services.AddScoped<IResourceDefinition<TResource>, JsonApiResourceDefinition<TResource>>();
        return this;
    }

    internal ResourceGraph BuildGraph() => _graph.Build();

    internal IReadOnlyList<JsonApiResourceRegistration> Registrations => _registrations;

    private void Register<TResource>(bool isUnscoped)
        where TResource : class, IIdentifiable, new()
    {
        if (_registrations.Any(registration => registration.ClrType == typeof(TResource)))
        {
            throw new InvalidOperationException($"The resource '{typeof(TResource).Name}' is added twice; add each resource once, with its definition.");
        }

        _graph.Add<TResource>();
        _services.AddScoped(provider => new JsonApiResourceService<TResource>(
            provider.GetRequiredService<JsonApiDbContextAccessor>(),
            provider.GetRequiredService<IResourceDefinition<TResource>>(),
            provider.GetRequiredService<ResourceGraph>(),
            provider.GetRequiredService<ResourceByIdLoader>(),
            provider.GetRequiredService<ProjectionColumnCatalog>(),
            provider.GetRequiredService<CompiledSingleReads>(),
            provider.GetRequiredService<ResourceDefinitionProvider>(),
            provider.GetRequiredService<InverseRelationshipCatalog>(),
            provider.GetRequiredService<ConcurrencyTokens>(),
            provider.GetService<IRowLocks>(),
            provider));
        _registrations.Add(new JsonApiResourceRegistration(typeof(TResource), isUnscoped, endpoints => endpoints.MapJsonApiResource<TResource>()));
    }
}
