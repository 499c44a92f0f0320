using System.Net;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors about a relationship a request names: one the type does not have, or a change the relationship refuses.</summary>
internal static class RelationshipErrors
{
    /// <summary>The 404 for a relationship endpoint whose relationship the resource type does not have.</summary>
    public static JsonApiException NotFound(ResourceType resourceType, string relationship)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.NotFound, ErrorCodes.RelationshipNotFound, "The requested relationship does not exist.", $"{resourceType.PublicName} has no relationship '{relationship}'."));
    }

    /// <summary>The 422 for a relationship in a resource body that the resource type does not have.</summary>
    public static JsonApiException Unknown(string pointer, string relationship, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new JsonApiException(new ErrorObject(HttpStatusCode.UnprocessableEntity, ErrorCodes.UnknownRelationship, "Unknown relationship.", $"'{relationship}' is not a relationship of {resourceType.PublicName}.") { Pointer = pointer });
    }

    /// <summary>The 422 for clearing a to-one relationship every <paramref name="resourceType"/> needs, pointing at the linkage.</summary>
    public static JsonApiException Required(ResourceType resourceType, RelationshipField relationship, string pointer)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(relationship);
        return new JsonApiException(new ErrorObject(HttpStatusCode.UnprocessableEntity, ErrorCodes.RelationshipRequired, "A required relationship cannot be cleared.", $"Every {resourceType.PublicName} needs a related {relationship.RightType.PublicName} in '{relationship.PublicName}'.") { Pointer = pointer });
    }

    /// <summary>
    /// The 403 for adding members to (POST) or removing them from (DELETE) a to-one relationship: JSON:API 1.1 allows
    /// those only on to-many relationships.
    /// </summary>
    public static JsonApiException ToOneChangeForbidden(RelationshipField relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return ChangeForbidden($"'{relationship.PublicName}' of {relationship.Owner.PublicName} is a to-one relationship: set or clear it with PATCH. Members are added with POST and removed with DELETE only in to-many relationships.", pointer: null);
    }

    /// <summary>
    /// The 403 for a to-many change (<paramref name="capability"/>) the relationship refuses, naming the changes it
    /// accepts, and pointing at the linkage when it came in a resource body.
    /// </summary>
    public static JsonApiException ChangeForbidden(RelationshipField relationship, HasManyCapabilities capability, string? pointer)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        string change = capability switch
        {
            HasManyCapabilities.AllowSet => "Replacing every member of",
            HasManyCapabilities.AllowAdd => "Adding members to",
            HasManyCapabilities.AllowRemove => "Removing members from",
            _ => throw new ArgumentOutOfRangeException(nameof(capability), capability, "Not a single change."),
        };

        return ChangeForbidden($"{change} '{relationship.PublicName}' of {relationship.Owner.PublicName} is not allowed.{Allowed(relationship)}", pointer);
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

    private static JsonApiException ChangeForbidden(string detail, string? pointer) =>
        new(new ErrorObject(HttpStatusCode.Forbidden, ErrorCodes.RelationshipChangeForbidden, "The relationship cannot be changed this way.", detail) { Pointer = pointer });
}
