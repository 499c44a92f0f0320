namespace JsonApiCards.JsonApi.Operations;

/// <summary>What an operation does: its <c>op</c> read together with whether its <c>ref</c> names a relationship.</summary>
internal enum AtomicOperationKind
{
    /// <summary><c>add</c> of a resource object: the POST of a collection.</summary>
    AddResource,

    /// <summary><c>update</c> of a resource object: the PATCH of a resource.</summary>
    UpdateResource,

    /// <summary><c>remove</c> of the resource <c>ref</c> names: the DELETE of a resource.</summary>
    RemoveResource,

    /// <summary><c>add</c> to the relationship <c>ref</c> names: the POST of a relationship endpoint.</summary>
    AddToRelationship,

    /// <summary><c>update</c> of the relationship <c>ref</c> names: the PATCH of a relationship endpoint.</summary>
    UpdateRelationship,

    /// <summary><c>remove</c> from the relationship <c>ref</c> names: the DELETE of a relationship endpoint.</summary>
    RemoveFromRelationship,
}
