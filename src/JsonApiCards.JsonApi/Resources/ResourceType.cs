using System.Collections.Frozen;
using System.Text.Json;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>One resource type of the graph: its public name, its attributes and its relationships.</summary>
public sealed class ResourceType
{
    private FrozenDictionary<string, AttrField> _attributesByName = FrozenDictionary<string, AttrField>.Empty;
    private FrozenDictionary<string, RelationshipField> _relationshipsByName = FrozenDictionary<string, RelationshipField>.Empty;

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
