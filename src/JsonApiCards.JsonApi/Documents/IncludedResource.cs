using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>A resource of the <c>included</c> member, once however many include paths reach it.</summary>
/// <param name="ResourceType">Its type.</param>
/// <param name="Resource">The first copy of it met.</param>
/// <param name="LinkageSources">
/// For each relationship of it that an include path names, the copy loaded through that path, which holds the related
/// resources: two paths may reach the same resource, each loading different relationships of it.
/// </param>
internal sealed record IncludedResource(ResourceType ResourceType, object Resource, Dictionary<RelationshipField, object> LinkageSources);
