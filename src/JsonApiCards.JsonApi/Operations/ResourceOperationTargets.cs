using System.Collections.Frozen;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>The operation target of every resource type, closed over its entity type once at start-up.</summary>
internal sealed class ResourceOperationTargets(ResourceGraph resourceGraph)
{
    private readonly FrozenDictionary<ResourceType, IResourceOperationTarget> _targets = resourceGraph.ResourceTypes.ToFrozenDictionary(
        type => type,
        type => (IResourceOperationTarget)Activator.CreateInstance(typeof(ResourceOperationTarget<>).MakeGenericType(type.ClrType))!);

    /// <summary>The target of a resource type.</summary>
    public IResourceOperationTarget this[ResourceType resourceType] => _targets[resourceType];
}
