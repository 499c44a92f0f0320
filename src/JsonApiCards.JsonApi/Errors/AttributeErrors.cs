using System.Net;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>The 422 errors on an attribute of a request body that cannot be written; they are collected, so each is an error object.</summary>
internal static class AttributeErrors
{
    /// <summary>An attribute the resource type does not have.</summary>
    public static ErrorObject Unknown(string pointer, string attribute, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return Unprocessable(pointer, ErrorCodes.UnknownAttribute, "Unknown attribute.", $"'{attribute}' is not an attribute of {resourceType.PublicName}.");
    }

    /// <summary>An attribute that lacks <paramref name="requiredCapability"/>: it cannot be set on create, or changed on update.</summary>
    public static ErrorObject ReadOnly(string pointer, string attribute, ResourceType resourceType, AttrCapabilities requiredCapability)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        string action = requiredCapability == AttrCapabilities.AllowCreate ? "set when creating" : "changed on";
        return Unprocessable(pointer, ErrorCodes.ReadOnlyAttribute, "Attribute cannot be written.", $"'{attribute}' cannot be {action} {resourceType.PublicName}.");
    }

    /// <summary>A value that is not of the attribute's type; <paramref name="expected"/> says what it should be.</summary>
    public static ErrorObject InvalidValue(string pointer, string attribute, string expected) =>
        Unprocessable(pointer, ErrorCodes.InvalidAttributeValue, "Invalid attribute value.", $"Expected '{attribute}' to be {expected}.");

    private static ErrorObject Unprocessable(string pointer, string code, string title, string detail) =>
        new(HttpStatusCode.UnprocessableEntity, code, title, detail) { Pointer = pointer };
}
