using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>What a write request asked for.</summary>
/// <param name="Operation">Create or update.</param>
/// <param name="AssignedAttributes">The attributes the request body set.</param>
/// <param name="AssignedRelationships">The relationships the request body set.</param>
public sealed record WriteContext(WriteOperation Operation, IReadOnlySet<AttrField> AssignedAttributes, IReadOnlySet<RelationshipField> AssignedRelationships)
{
    /// <summary>Whether the request set the attribute with the given public name.</summary>
    public bool HasAssigned(string attributePublicName) => AssignedAttributes.Any(attribute => attribute.PublicName == attributePublicName);
}

/// <summary>The kinds of write.</summary>
public enum WriteOperation
{
    /// <summary>POST of a new resource.</summary>
    Create,

    /// <summary>PATCH of an existing resource.</summary>
    Update,
}
