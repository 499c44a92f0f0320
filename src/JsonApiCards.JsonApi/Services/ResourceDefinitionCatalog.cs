using System.Collections.Frozen;
using System.Reflection;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// What each resource's definition declares, read once when the application starts from a definition resolved in a scope
/// of its own, and checked then: a resource without a definition, a definition that gives no caller scope (unless the
/// resource was added as unscoped), and any field a definition names that the resource graph does not have stop the
/// application with an <see cref="InvalidOperationException"/> naming the resource and the definition.
/// </summary>
internal sealed class ResourceDefinitionCatalog
{
    private readonly FrozenDictionary<ResourceType, Declarations> _declarations;

    private ResourceDefinitionCatalog(FrozenDictionary<ResourceType, Declarations> declarations) => _declarations = declarations;

    /// <summary>Resolves every resource's definition once and checks it; throws naming the first resource that fails.</summary>
    public static ResourceDefinitionCatalog Build(ResourceGraph graph, JsonApiResourceRegistrations registrations, ResourceDefinitionProvider definitions, IServiceProvider services)
    {
        using IServiceScope scope = services.CreateScope();
        var declarations = new Dictionary<ResourceType, Declarations>();
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

            try
            {
                declarations[resourceType] = Resolve(definition, resourceType, graph);
            }
            catch (InvalidOperationException exception)
            {
                throw new InvalidOperationException($"The definition {definition.GetType().Name} of the resource '{resourceType.PublicName}' names a field wrongly: {exception.Message}", exception);
            }
        }

        return new ResourceDefinitionCatalog(declarations.ToFrozenDictionary());
    }

    /// <summary>The <c>filter[key]</c> parameters the definition of <paramref name="resourceType"/> declares, as checked at start-up.</summary>
    public IReadOnlyList<SimpleFilter> SimpleFiltersOf(ResourceType resourceType) => _declarations[resourceType].SimpleFilters;

    /// <summary>The default sort the definition of <paramref name="resourceType"/> declares, as checked at start-up.</summary>
    public IReadOnlyList<SortKey> DefaultSortOf(ResourceType resourceType) => _declarations[resourceType].DefaultSort;

    /// <summary>The names of the entity properties the definition of <paramref name="resourceType"/> reads of every resource.</summary>
    public IReadOnlyList<string> RequiredPropertiesOf(ResourceType resourceType) => _declarations[resourceType].RequiredProperties;

    private static Declarations Resolve(IResourceDefinition definition, ResourceType resourceType, ResourceGraph graph)
    {
        IReadOnlyList<SimpleFilter> simpleFilters = definition.SimpleFilters;
        foreach (SimpleFilter filter in simpleFilters)
        {
            DeclaredQueryResolver.ResolveSimpleFilter(filter, resourceType);
        }

        IReadOnlyList<SortKey> defaultSort = definition.DefaultSort;
        DeclaredQueryResolver.ResolveDefaultSort(defaultSort, resourceType);

        foreach (ResourceField field in ResourceFieldsOf(definition.GetType()))
        {
            field.Resolve(graph);
        }

        string[] requiredProperties = [.. definition.RequiredProperties.Select(property => PropertyChain.Of(property) is [PropertyInfo single]
            ? single.Name
            : throw new InvalidOperationException($"The required property '{property}' must read one property of the entity."))];
        return new Declarations(simpleFilters, defaultSort, requiredProperties);
    }

    /// <summary>The <see cref="ResourceField"/>s a definition keeps in static fields, its own and its base classes'.</summary>
    private static IEnumerable<ResourceField> ResourceFieldsOf(Type definitionType)
    {
        for (Type? type = definitionType; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (typeof(ResourceField).IsAssignableFrom(field.FieldType) && field.GetValue(null) is ResourceField resourceField)
                {
                    yield return resourceField;
                }
            }
        }
    }

    private sealed record Declarations(IReadOnlyList<SimpleFilter> SimpleFilters, IReadOnlyList<SortKey> DefaultSort, IReadOnlyList<string> RequiredProperties);
}
