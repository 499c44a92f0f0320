using System.Net;
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
public static class RelationshipChangeRules
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
                throw Forbidden($"'{relationship.PublicName}' of {relationship.Owner.PublicName} is a to-one relationship: set or clear it with PATCH. Members are added with POST and removed with DELETE only in to-many relationships.", pointer: null);
            }

            return;
        }

        if (!relationship.Can(capability))
        {
            throw Forbidden(relationship, capability, pointer: null);
        }
    }

    /// <summary>The 403 for a to-many change the relationship refuses, pointing at the linkage when it came in a resource body.</summary>
    public static JsonApiException Forbidden(RelationshipField relationship, HasManyCapabilities capability, string? pointer)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        string change = capability switch
        {
            HasManyCapabilities.AllowSet => "Replacing every member of",
            HasManyCapabilities.AllowAdd => "Adding members to",
            HasManyCapabilities.AllowRemove => "Removing members from",
            _ => throw new ArgumentOutOfRangeException(nameof(capability), capability, "Not a single change."),
        };

        return Forbidden($"{change} '{relationship.PublicName}' of {relationship.Owner.PublicName} is not allowed.{Allowed(relationship)}", pointer);
    }

    private static string Allowed(RelationshipField relationship)
    {
        var allowed = new List<string>(3);
        if (relationship.Can(HasManyCapabilities.AllowSet))
        {
            allowed.Add("replace every member with PATCH");
        }

        if (relationship.Can(HasManyCapabilities.AllowAdd))
        {
            allowed.Add("add members with POST");
        }

        if (relationship.Can(HasManyCapabilities.AllowRemove))
        {
            allowed.Add("remove members with DELETE");
        }

        return allowed.Count == 0 ? " Its members cannot be changed." : $" You may {string.Join(" or ", allowed)}.";
    }

    private static JsonApiException Forbidden(string detail, string? pointer) =>
        new(new ErrorObject(HttpStatusCode.Forbidden, "RELATIONSHIP_CHANGE_FORBIDDEN", "The relationship cannot be changed this way.", detail) { Pointer = pointer });
}
