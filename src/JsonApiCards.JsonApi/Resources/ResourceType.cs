using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>One resource type of the graph: its public name, its attributes and its relationships.</summary>
public sealed class ResourceType
{
    private FrozenDictionary<string, AttrField> _attributesByName = FrozenDictionary<string, AttrField>.Empty;
    private FrozenDictionary<string, RelationshipField> _relationshipsByName = FrozenDictionary<string, RelationshipField>.Empty;
    private FrozenDictionary<string, ResourceType> _reachableByName = FrozenDictionary<string, ResourceType>.Empty;

    internal ResourceType(string publicName, Type clrType)
    {
        PublicName = publicName;
        JsonName = JsonEncodedText.Encode(publicName);
        ClrType = clrType;
    }

    /// <summary>The type name in documents and URLs.</summary>
    public string PublicName { get; }

    /// <summary>The pre-encoded type name, for writing.</summary>
    public JsonEncodedText JsonName { get; }

    /// <summary>The entity type.</summary>
    public Type ClrType { get; }

    /// <summary>The <c>id</c> pseudo-attribute: viewable, filterable and sortable, never writable. Not in <see cref="Attributes"/>.</summary>
    public AttrField Id { get; private set; } = null!;

    /// <summary>The attributes, in declaration order.</summary>
    public IReadOnlyList<AttrField> Attributes { get; private set; } = [];

    /// <summary>The relationships, in declaration order.</summary>
    public IReadOnlyList<RelationshipField> Relationships { get; private set; } = [];

    /// <summary>Finds an attribute by its public name.</summary>
    public AttrField? FindAttribute(string publicName) => _attributesByName.GetValueOrDefault(publicName);

    /// <summary>Finds a relationship by its public name.</summary>
    public RelationshipField? FindRelationship(string publicName) => _relationshipsByName.GetValueOrDefault(publicName);

    /// <summary>
    /// Finds, by its public name, this type or a type reachable from it through relationships: the types a document about
    /// this type may hold, and so the types its filters and fieldsets may name.
    /// </summary>
    internal ResourceType? FindReachableType(string publicName) => _reachableByName.GetValueOrDefault(publicName);

    /// <summary>Walks the graph from this type once, when the graph is built (every relationship knows its right type by then).</summary>
    internal void FindReachableTypes()
    {
        Dictionary<string, ResourceType> reachable = new(StringComparer.Ordinal) { [PublicName] = this };
        Queue<ResourceType> pending = new([this]);

        while (pending.TryDequeue(out ResourceType? current))
        {
            foreach (RelationshipField relationship in current.Relationships)
            {
                if (reachable.TryAdd(relationship.RightType.PublicName, relationship.RightType))
                {
                    pending.Enqueue(relationship.RightType);
                }
            }
        }

        _reachableByName = reachable.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The public name of the field (the id, an attribute or a relationship) behind an entity property, or null when it is none.</summary>
    internal string? FindPublicName(PropertyInfo property)
    {
        if (PropertyChain.Same(Id.Property, property))
        {
            return Id.PublicName;
        }

        return Attributes.FirstOrDefault(attribute => PropertyChain.Same(attribute.Property, property))?.PublicName
            ?? Relationships.FirstOrDefault(relationship => PropertyChain.Same(relationship.Property, property))?.PublicName;
    }

    /// <summary>
    /// The public names of the fields behind a chain of properties read from this type (<c>card.Order.Status</c> is
    /// <c>order.status</c>); throws <see cref="InvalidOperationException"/> at the first property that is no field.
    /// </summary>
    internal IReadOnlyList<string> PublicNamesOf(IReadOnlyList<PropertyInfo> chain)
    {
        var names = new List<string>(chain.Count);
        ResourceType current = this;
        foreach (PropertyInfo property in chain)
        {
            string name = current.FindPublicName(property)
                ?? throw new InvalidOperationException(
                    $"'{current.ClrType.Name}.{property.Name}' is not a field of the resource '{current.PublicName}': only the id and properties marked [Attr], [HasOne] or [HasMany] are.");
            names.Add(name);
            if (current.FindRelationship(name) is { } relationship)
            {
                current = relationship.RightType;
            }
        }

        return names;
    }

    internal void SetFields(AttrField id, IReadOnlyList<AttrField> attributes, IReadOnlyList<RelationshipField> relationships)
    {
        Id = id;
        Attributes = attributes;
        Relationships = relationships;
        _attributesByName = attributes.ToFrozenDictionary(attribute => attribute.PublicName, StringComparer.Ordinal);
        _relationshipsByName = relationships.ToFrozenDictionary(relationship => relationship.PublicName, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override string ToString() => PublicName;
}
