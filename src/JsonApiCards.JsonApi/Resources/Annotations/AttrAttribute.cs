namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>Exposes a property as a JSON:API attribute.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class AttrAttribute : Attribute
{
    /// <summary>The member name in documents; the snake_case form of the property name when not set.</summary>
    public string? PublicName { get; init; }

    /// <summary>What clients may do with the attribute; every capability when not set.</summary>
    public AttrCapabilities Capabilities { get; init; } = AttrCapabilities.All;
}
