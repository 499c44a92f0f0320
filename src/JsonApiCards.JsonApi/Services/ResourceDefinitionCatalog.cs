using System.Collections.Frozen;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// What each resource's definition declares, read once when the application starts from a definition resolved in a scope
/// of its own. Building it is the layer's start-up check: a resource without a definition, or whose definition gives no
/// caller scope and was not added as unscoped, stops the application with a message naming both.
/// </summary>
internal sealed class ResourceDefinitionCatalog
{
    private readonly FrozenDictionary<ResourceType, IReadOnlyList<string>> _requiredProperties;

    private ResourceDefinitionCatalog(FrozenDictionary<ResourceType, IReadOnlyList<string>> requiredProperties) =>
        _requiredProperties = requiredProperties;

    /// <summary>Resolves every resource's definition once and checks it; throws <see cref="InvalidOperationException"/> naming the first resource that fails.</summary>
    public static ResourceDefinitionCatalog Build(ResourceGraph graph, JsonApiResourceRegistrations registrations, ResourceDefinitionProvider definitions, IServiceProvider services)
    {
        using IServiceScope scope = services.CreateScope();
        var requiredProperties = new Dictionary<ResourceType, IReadOnlyList<string>>();
        foreach (JsonApiResourceRegistration registration in registrations.All)
        {
            ResourceType resourceType = graph.GetResourceType(registration.ClrType);
            IResourceDefinition definition = definitions.Find(scope.ServiceProvider, resourceType)
                ?? throw new InvalidOperationException(
                    $"The resource '{resourceType.PublicName}' ({resourceType.ClrType.Name}) has no resource definition. Add it with " +
                    $"AddJsonApi(resources => resources.Add<{resourceType.ClrType.Name}, TDefinition>()), or with AddUnscoped<{resourceType.ClrType.Name}>() if its data belongs to no caller.");
            if (definition.ScopeFilter is null && !registration.IsUnscoped)
            {
                throw new InvalidOperationException(
                    $"The definition {definition.GetType().Name} of the resource '{resourceType.PublicName}' ({resourceType.ClrType.Name}) gives no caller scope: " +
                    $"its ScopeFilter is null, so every caller would read every row. Return what the caller may see from ScopeFilter, or add the resource with AddUnscoped<{resourceType.ClrType.Name}>() if its data belongs to no caller.");
            }

            requiredProperties[resourceType] = definition.RequiredProperties;
        }

        return new ResourceDefinitionCatalog(requiredProperties.ToFrozenDictionary());
    }

    /// <summary>The entity properties the definition of <paramref name="resourceType"/> reads of every resource.</summary>
    public IReadOnlyList<string> RequiredPropertiesOf(ResourceType resourceType) => _requiredProperties[resourceType];
}
