namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>What a cursor page reads: the order, where it starts (null for the first page) and in which direction.</summary>
/// <param name="Order">The order, the id last.</param>
/// <param name="Position">The position of the cursor sent, or null for the first page.</param>
/// <param name="Backward">Whether the page ends before the position (<c>page[before]</c>) rather than starting after it.</param>
/// <param name="PageSize">The used page size.</param>
internal sealed record KeysetRequest(KeysetOrder Order, KeysetPosition? Position, bool Backward, int PageSize);
