using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>The resource an <c>add</c> or <c>update</c> of a resource wrote, for its result's <c>data</c>.</summary>
/// <param name="Type">Its resource type.</param>
/// <param name="Resource">The tracked entity as saved.</param>
internal sealed record AtomicResult(ResourceType Type, object Resource);
