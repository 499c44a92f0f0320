namespace JsonApiCards.JsonApi.Resources.Annotations;

/// <summary>Exposes a property as a JSON:API attribute.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class AttrAttribute : Attribute
{
    /// <summary>The member name in documents; the snake_case form of the property name when not set.</summary>
    public string? PublicName { get; init; }

    /// <summary>
    /// What clients may do with the attribute; when not set, read it, filter and sort by it, but not write it. Writing is
    /// always a decision stated on the attribute (<see cref="AttrCapabilities.AllowCreate"/>, <see cref="AttrCapabilities.AllowChange"/>),
    /// so that no field becomes writable because someone forgot to restrict it.
    /// </summary>
    public AttrCapabilities Capabilities { get; init; } = AttrCapabilities.AllowView | AttrCapabilities.AllowFilter | AttrCapabilities.AllowSort;

    /// <summary>
    /// For a computed attribute (a property EF Core does not map): the names of the mapped properties its value is computed
    /// from, so that a sparse fieldset naming it reads only those columns. When not set, a computed attribute reads every
    /// mapped column of its type, which is always correct and only costs columns.
    /// </summary>
    public string[]? DependsOn { get; init; }

    /// <summary>
    /// The resource cannot be created without it: the create request's <c>attributes</c> list it as required in the OpenAPI
    /// document, and a definition's validation reads the same declaration (<see cref="Definitions.ResourceField.IsRequiredOnCreate"/>).
    /// </summary>
    public bool RequiredOnCreate { get; init; }
}
