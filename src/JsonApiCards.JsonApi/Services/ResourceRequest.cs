using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The resource object of a POST or PATCH request body, with values already converted to the entity's types.</summary>
/// <param name="ResourceType">The type named in the body.</param>
/// <param name="Id">The id in the body; null on create.</param>
/// <param name="Attributes">The attributes the body sets.</param>
/// <param name="Relationships">The relationships the body sets.</param>
public sealed record ResourceRequest(
    ResourceType ResourceType,
    long? Id,
    IReadOnlyDictionary<AttrField, object?> Attributes,
    IReadOnlyDictionary<RelationshipField, RelationshipRequest> Relationships);
