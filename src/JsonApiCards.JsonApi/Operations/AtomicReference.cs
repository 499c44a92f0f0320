using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>An operation's <c>ref</c>: a resource by <c>id</c> or <c>lid</c>, and optionally one of its relationships.</summary>
/// <param name="Type">The resource type named.</param>
/// <param name="Id">The <c>id</c>, as sent; null when the resource is named by <paramref name="Lid"/> (or not at all).</param>
/// <param name="Lid">The local id an earlier operation defined.</param>
/// <param name="Relationship">The relationship named, for a relationship operation.</param>
internal sealed record AtomicReference(ResourceType Type, string? Id, string? Lid, RelationshipField? Relationship);
