namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>One page read by cursor, in the request's order.</summary>
/// <param name="Resources">The resources of the page.</param>
/// <param name="HasMore">Whether more resources follow in the direction read (after the page, or before it when reading backward).</param>
internal sealed record KeysetPage<TResource>(IReadOnlyList<TResource> Resources, bool HasMore);
