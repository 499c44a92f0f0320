namespace JsonApiCards.JsonApi.Documents;

/// <summary>The top-level links of a page read by cursor (the cursor pagination profile).</summary>
/// <param name="First">The first page, without a cursor.</param>
/// <param name="Prev">The page before, with <c>page[before]</c>; null when there is none.</param>
/// <param name="Next">The page after, with <c>page[after]</c>; null when there is none.</param>
internal sealed record CursorPageLinks(string First, string? Prev, string? Next);
