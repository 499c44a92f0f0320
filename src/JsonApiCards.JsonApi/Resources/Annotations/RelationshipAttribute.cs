namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>Exposes a navigation property as a JSON:API relationship.</summary>
public abstract class RelationshipAttribute : Attribute
{
    /// <summary>The member name in documents; the snake_case form of the property name when not set.</summary>
    public string? PublicName { get; init; }

    /// <summary>Whether clients may name the relationship in <c>include</c>.</summary>
    public bool CanInclude { get; init; } = true;
}

/// <summary>A to-one relationship. Its foreign key is the property named <c>{Navigation}Id</c>.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class HasOneAttribute : RelationshipAttribute
{
    /// <summary>Whether every resource must have the related resource (clearing it is refused).</summary>
    public bool IsRequired { get; init; }
}

/// <summary>A to-many relationship.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class HasManyAttribute : RelationshipAttribute
{
    /// <summary>How clients may change the members; every capability when not set. Forbidden changes answer 403.</summary>
    public HasManyCapabilities Capabilities { get; init; } = HasManyCapabilities.All;
}
