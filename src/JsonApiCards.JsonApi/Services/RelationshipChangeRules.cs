using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Which changes a relationship accepts. JSON:API 1.1 answers an unsupported relationship update with 403 Forbidden:
/// members are added (POST) to and removed (DELETE) from to-many relationships only, and a to-many relationship can
/// refuse any of replacing, adding and removing (<see cref="HasManyAttribute.Capabilities"/>).
/// </summary>
internal static class RelationshipChangeRules
{
    /// <summary>Throws 403 when the relationship does not accept the change.</summary>
    public static void EnsureAllowed(RelationshipField relationship, WriteOperation operation)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        HasManyCapabilities capability = operation switch
        {
            WriteOperation.SetRelationship => HasManyCapabilities.AllowSet,
            WriteOperation.AddToRelationship => HasManyCapabilities.AllowAdd,
            WriteOperation.RemoveFromRelationship => HasManyCapabilities.AllowRemove,
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a relationship change."),
        };

        if (!relationship.IsToMany)
        {
            if (capability != HasManyCapabilities.AllowSet)
            {
                throw RelationshipErrors.ToOneChangeForbidden(relationship);
            }

            return;
        }

        if (!relationship.Can(capability))
        {
            throw RelationshipErrors.ChangeForbidden(relationship, capability, pointer: null);
        }
    }
}
