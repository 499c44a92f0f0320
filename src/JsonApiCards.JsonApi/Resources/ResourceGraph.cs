using System.Collections.Frozen;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>Every resource type the API serves, built once at start-up.</summary>
public sealed class ResourceGraph
{
    private readonly FrozenDictionary<string, ResourceType> _byPublicName;
    private readonly FrozenDictionary<Type, ResourceType> _byClrType;

    internal ResourceGraph(IReadOnlyList<ResourceType> resourceTypes)
    {
        ResourceTypes = resourceTypes;
        _byPublicName = resourceTypes.ToFrozenDictionary(type => type.PublicName, StringComparer.Ordinal);
        _byClrType = resourceTypes.ToFrozenDictionary(type => type.ClrType);
        foreach (ResourceType resourceType in resourceTypes)
        {
            resourceType.FindReachableTypes();
        }
    }

    /// <summary>All resource types.</summary>
    public IReadOnlyList<ResourceType> ResourceTypes { get; }

    /// <summary>Finds a resource type by its public name.</summary>
    public ResourceType? FindResourceType(string publicName) => _byPublicName.GetValueOrDefault(publicName);

    /// <summary>The resource type of an entity type.</summary>
    public ResourceType GetResourceType(Type clrType) =>
        _byClrType.GetValueOrDefault(clrType) ?? throw new InvalidOperationException($"'{clrType.Name}' is not in the resource graph.");

    /// <summary>The resource type of an entity type.</summary>
    public ResourceType GetResourceType<TResource>() => GetResourceType(typeof(TResource));
}
