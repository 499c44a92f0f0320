using System.Reflection;
using System.Text.Json;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Serialization;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>An attribute of a resource type, with accessors compiled once when the graph is built.</summary>
public sealed class AttrField
{
    internal AttrField(ResourceType owner, PropertyInfo property, string publicName, AttrCapabilities capabilities, IReadOnlyList<PropertyInfo>? dependsOn = null, bool isRequiredOnCreate = false)
    {
        IsRequiredOnCreate = isRequiredOnCreate;
        DependsOn = dependsOn;
        Owner = owner;
        Property = property;
        PublicName = publicName;
        JsonName = JsonEncodedText.Encode(publicName);
        Capabilities = property.CanWrite ? capabilities : capabilities & ~(AttrCapabilities.AllowCreate | AttrCapabilities.AllowChange);
        SetValue = property.CanWrite ? AccessorCompiler.CompileSetter(property) : null;
        WriteValue = AttributeValueWriters.Compile(property);
        ReadValue = AttributeValueReaders.For(property);
    }

    /// <summary>The resource type that declares this attribute.</summary>
    public ResourceType Owner { get; }

    /// <summary>The entity property behind the attribute.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The member name in documents.</summary>
    public string PublicName { get; }

    /// <summary>The pre-encoded member name, for writing.</summary>
    public JsonEncodedText JsonName { get; }

    /// <summary>What clients may do with the attribute.</summary>
    public AttrCapabilities Capabilities { get; }

    /// <summary>Whether a resource cannot be created without it (<see cref="Annotations.AttrAttribute.RequiredOnCreate"/>).</summary>
    public bool IsRequiredOnCreate { get; }

    /// <summary>The properties a computed attribute is declared to be computed from; null when not declared.</summary>
    public IReadOnlyList<PropertyInfo>? DependsOn { get; }

    /// <summary>Sets the property of an entity, or null for a read-only property.</summary>
    public Action<object, object?>? SetValue { get; }

    /// <summary>Writes the property value of an entity as a JSON value, without boxing.</summary>
    public Action<Utf8JsonWriter, object> WriteValue { get; }

    /// <summary>Converts a JSON value from a request body to the property type.</summary>
    internal AttributeValueReader ReadValue { get; }

    /// <summary>Whether the attribute has the given capability.</summary>
    public bool Can(AttrCapabilities capability) => (Capabilities & capability) == capability;

    /// <inheritdoc />
    public override string ToString() => PublicName;
}
