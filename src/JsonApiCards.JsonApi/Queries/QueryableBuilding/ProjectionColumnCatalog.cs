using System.Collections.Frozen;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Which entity properties a projection reads for each resource type, worked out once from the EF Core model:
/// the id, the concurrency token, the properties the type's definition always needs, and the columns behind each selected attribute.
/// </summary>
/// <remarks>
/// A mapped attribute reads its own column. A computed attribute (a property EF Core does not map, such as a full name
/// built from first and last name) reads the properties its <see cref="AttrAttribute.DependsOn"/> names or, when it
/// declares none, every mapped column of its type: never wrong, at worst wider than needed. Attributes that cannot be
/// viewed (write-only ones) are never read.
/// </remarks>
internal sealed class ProjectionColumnCatalog
{
    private readonly FrozenDictionary<ResourceType, TypeColumns> _types;

    /// <summary>Projections that depend only on the resource type and its sparse fieldset, built once (see <see cref="SelectClauseBuilder"/>).</summary>
    internal ProjectionCache Projections { get; } = new();

    /// <summary>Works out the columns of every resource type the model maps.</summary>
    /// <param name="resourceGraph">The resource types.</param>
    /// <param name="model">The EF Core model that says which properties are columns.</param>
    /// <param name="requiredProperties">The property names a type's definition reads of every resource (for its meta).</param>
    public ProjectionColumnCatalog(ResourceGraph resourceGraph, IModel model, Func<ResourceType, IReadOnlyList<string>> requiredProperties)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(requiredProperties);

        _types = resourceGraph.ResourceTypes
            .Select(type => (Type: type, EntityType: model.FindEntityType(type.ClrType)))
            .Where(pair => pair.EntityType is not null)
            .ToFrozenDictionary(pair => pair.Type, pair => TypeColumns.Create(pair.Type, pair.EntityType!, requiredProperties(pair.Type)));
    }

    /// <summary>The most members of an included to-many relationship read: the projection reads one more, to tell a full relationship from a cut one.</summary>
    public int MaxToManyLinkage { get; init; } = int.MaxValue - 1;

    /// <summary>
    /// The properties to read for <paramref name="resourceType"/>, in a fixed order: for every viewable attribute when
    /// <paramref name="fieldset"/> is null, otherwise for the attributes it selects; always the id, the concurrency token and the definition's needs.
    /// </summary>
    public IReadOnlyList<PropertyInfo> Select(ResourceType resourceType, SparseFieldSetExpression? fieldset)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        TypeColumns columns = _types.GetValueOrDefault(resourceType)
            ?? throw new InvalidOperationException($"'{resourceType.ClrType.Name}' is not mapped by the EF Core model, so it cannot be projected.");

        if (fieldset is null)
        {
            return columns.ForAllViewable;
        }

        var selected = new HashSet<PropertyInfo>(columns.Always);
        foreach (AttrField attribute in fieldset.Attributes)
        {
            if (columns.ByAttribute.TryGetValue(attribute, out PropertyInfo[]? properties))
            {
                selected.UnionWith(properties);
            }
        }

        return [.. columns.Mapped.Where(selected.Contains)];
    }

    private sealed record TypeColumns(PropertyInfo[] Mapped, PropertyInfo[] Always, PropertyInfo[] ForAllViewable, FrozenDictionary<AttrField, PropertyInfo[]> ByAttribute)
    {
        public static TypeColumns Create(ResourceType resourceType, IEntityType entityType, IReadOnlyList<string> requiredProperties)
        {
            // Keyed by name: a property declared on a base class comes back from the model and from the graph as different PropertyInfo objects.
            Dictionary<string, PropertyInfo> mapped = entityType.GetProperties()
                .Where(property => property.PropertyInfo is { CanWrite: true })
                .ToDictionary(property => property.Name, property => property.PropertyInfo!, StringComparer.Ordinal);
            PropertyInfo[] all = [.. mapped.Values];

            PropertyInfo Column(string name, string why) => mapped.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"'{resourceType.ClrType.Name}.{name}' ({why}) is not a writable property mapped by the EF Core model.");

            var byAttribute = new Dictionary<AttrField, PropertyInfo[]>();
            foreach (AttrField attribute in resourceType.Attributes.Where(attribute => attribute.Can(AttrCapabilities.AllowView)))
            {
                byAttribute[attribute] = mapped.TryGetValue(attribute.Property.Name, out PropertyInfo? own)
                    ? [own]
                    : attribute.DependsOn?.Select(dependency => Column(dependency.Name, $"a dependency of '{attribute.PublicName}'")).ToArray() ?? all;
            }

            // The concurrency token makes every document's ETag, so it is read whatever the fieldset.
            IEnumerable<string> concurrencyTokens = entityType.GetProperties().Where(property => property.IsConcurrencyToken).Select(property => property.Name);
            PropertyInfo[] always =
            [
                Column(resourceType.Id.Property.Name, "the id"),
                .. concurrencyTokens.Select(name => Column(name, "the concurrency token")),
                .. requiredProperties.Select(name => Column(name, "required by the resource definition")),
            ];
            var forAllViewable = new HashSet<PropertyInfo>(always.Concat(byAttribute.Values.SelectMany(properties => properties)));
            return new TypeColumns(all, always, [.. all.Where(forAllViewable.Contains)], byAttribute.ToFrozenDictionary());
        }
    }
}
