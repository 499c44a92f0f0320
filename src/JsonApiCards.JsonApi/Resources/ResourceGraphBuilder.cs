using System.Reflection;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>Builds the resource graph from entity types annotated with <see cref="ResourceAttribute"/>.</summary>
internal sealed class ResourceGraphBuilder
{
    private readonly List<Type> _types = [];

    /// <summary>Adds an annotated entity type.</summary>
    public ResourceGraphBuilder Add<TResource>() where TResource : class, IIdentifiable, new() => Add(typeof(TResource));

    /// <summary>Adds an annotated entity type.</summary>
    public ResourceGraphBuilder Add(Type clrType)
    {
        if (!_types.Contains(clrType))
        {
            _types.Add(clrType);
        }

        return this;
    }

    /// <summary>Builds the graph; throws when an annotation is inconsistent.</summary>
    public ResourceGraph Build()
    {
        var resourceTypes = _types.Select(CreateResourceType).ToList();
        var byClrType = resourceTypes.ToDictionary(type => type.ClrType);

        foreach (ResourceType resourceType in resourceTypes)
        {
            foreach (RelationshipField relationship in resourceType.Relationships)
            {
                if (!byClrType.TryGetValue(relationship.RightClrType, out ResourceType? rightType))
                {
                    throw new InvalidOperationException($"Relationship '{resourceType.PublicName}.{relationship.PublicName}' points to '{relationship.RightClrType.Name}', which is not a resource.");
                }

                relationship.Complete(rightType);
            }
        }

        return new ResourceGraph(resourceTypes);
    }

    /// <summary>The type's own properties in declaration order, then those it inherits, so shared base members come last.</summary>
    private static IEnumerable<PropertyInfo> PropertiesInDocumentOrder(Type clrType)
    {
        for (Type? type = clrType; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(property => property.MetadataToken))
            {
                yield return property;
            }
        }
    }

    private static PropertyInfo[]? ResolveDependencies(Type clrType, PropertyInfo property, string[]? names) =>
        names?.Select(name => clrType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"Attribute '{clrType.Name}.{property.Name}' depends on '{name}', which is not a public property of '{clrType.Name}'.")).ToArray();

    private static ResourceType CreateResourceType(Type clrType)
    {
        if (!typeof(IIdentifiable).IsAssignableFrom(clrType))
        {
            throw new InvalidOperationException($"Resource '{clrType.Name}' must implement {nameof(IIdentifiable)}.");
        }

        var resourceAttribute = clrType.GetCustomAttribute<ResourceAttribute>()
            ?? throw new InvalidOperationException($"'{clrType.Name}' has no [Resource] attribute.");
        var resourceType = new ResourceType(resourceAttribute.PublicName, clrType);
        var attributes = new List<AttrField>();
        var relationships = new List<RelationshipField>();

        foreach (PropertyInfo property in PropertiesInDocumentOrder(clrType))
        {
            if (property.GetCustomAttribute<AttrAttribute>() is { } attr)
            {
                attributes.Add(new AttrField(resourceType, property, attr.PublicName ?? SnakeCase.Convert(property.Name), attr.Capabilities, ResolveDependencies(clrType, property, attr.DependsOn), attr.RequiredOnCreate));
            }
            else if (property.GetCustomAttribute<HasOneAttribute>() is { } hasOne)
            {
                relationships.Add(new RelationshipField(resourceType, property, hasOne.PublicName ?? SnakeCase.Convert(property.Name), isToMany: false, hasOne.CanInclude, hasOne.IsRequired));
            }
            else if (property.GetCustomAttribute<HasManyAttribute>() is { } hasMany)
            {
                relationships.Add(new RelationshipField(resourceType, property, hasMany.PublicName ?? SnakeCase.Convert(property.Name), isToMany: true, hasMany.CanInclude, isRequired: false, hasMany.Capabilities));
            }
        }

        var reserved = attributes.Select(field => field.PublicName).Concat(relationships.Select(field => field.PublicName)).Where(name => name is "id" or "type");
        if (reserved.Any())
        {
            throw new InvalidOperationException($"Resource '{resourceType.PublicName}' may not have a field named 'id' or 'type'.");
        }

        var id = new AttrField(resourceType, clrType.GetProperty(nameof(IIdentifiable.Id))!, "id", AttrCapabilities.AllowView | AttrCapabilities.AllowFilter | AttrCapabilities.AllowSort);
        resourceType.SetFields(id, attributes, relationships);
        return resourceType;
    }
}
