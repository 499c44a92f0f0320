using System.Collections.Frozen;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>Finds the definition of a resource type when the entity type is only known at run time.</summary>
internal sealed class ResourceDefinitionProvider
{
    private readonly FrozenDictionary<ResourceType, Type> _serviceTypes;

    /// <summary>Closes the definition interface over every resource type once.</summary>
    public ResourceDefinitionProvider(ResourceGraph resourceGraph)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        _serviceTypes = resourceGraph.ResourceTypes.ToFrozenDictionary(type => type, type => typeof(IResourceDefinition<>).MakeGenericType(type.ClrType));
    }

    /// <summary>The definition of a resource type, resolved from the request's services.</summary>
    public IResourceDefinition Get(IServiceProvider services, ResourceType resourceType) =>
        (IResourceDefinition)services.GetRequiredService(_serviceTypes[resourceType]);

    /// <summary>The definition of a resource type, or null when none is registered.</summary>
    internal IResourceDefinition? Find(IServiceProvider services, ResourceType resourceType) =>
        (IResourceDefinition?)services.GetService(_serviceTypes[resourceType]);

    /// <summary>The scope of every resource type as the definitions resolved from the request's services give it.</summary>
    public ScopeFilterLookup ScopeFilters(IServiceProvider services) => resourceType => Get(services, resourceType).ScopeFilter;
}
