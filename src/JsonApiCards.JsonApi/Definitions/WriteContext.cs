using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>What a write request asked for.</summary>
/// <param name="Operation">Create or update of the resource, or a change through one of its relationship endpoints.</param>
/// <param name="AssignedAttributes">The attributes the request body set; none for a relationship endpoint.</param>
/// <param name="AssignedRelationships">The relationships the request body set; for a relationship endpoint, that relationship.</param>
public sealed record WriteContext(WriteOperation Operation, IReadOnlySet<AttrField> AssignedAttributes, IReadOnlySet<RelationshipField> AssignedRelationships)
{
    /// <summary>Whether the request set the attribute or relationship <paramref name="field"/> names.</summary>
    public bool HasAssigned(ResourceField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (AttrField attribute in AssignedAttributes)
        {
            if (field.Names(attribute.Property))
            {
                return true;
            }
        }

        foreach (RelationshipField relationship in AssignedRelationships)
        {
            if (field.Names(relationship.Property))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The kinds of write.</summary>
public enum WriteOperation
{
    /// <summary>POST of a new resource.</summary>
    Create,

    /// <summary>PATCH of an existing resource.</summary>
    Update,

    /// <summary>PATCH of a relationship endpoint: a to-one set or cleared, or every member of a to-many replaced.</summary>
    SetRelationship,

    /// <summary>POST to a to-many relationship endpoint: members added.</summary>
    AddToRelationship,

    /// <summary>DELETE of a to-many relationship endpoint: members removed.</summary>
    RemoveFromRelationship,
}
