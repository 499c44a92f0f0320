namespace JsonApiCards.JsonApi.Queries;

/// <summary>
/// A page of the cursor pagination profile (<see cref="CursorPaginationProfile.Uri"/>): the resources after or before a
/// cursor, or the first ones when neither is given, in the request's sort with the id as last key.
/// </summary>
/// <param name="after">The <c>page[after]</c> cursor as sent, or null.</param>
/// <param name="before">The <c>page[before]</c> cursor as sent, or null.</param>
/// <param name="pageSize">The used page size.</param>
public sealed class CursorPagination(string? after, string? before, int pageSize)
{
    /// <summary>The <c>page[after]</c> cursor as sent, or null.</summary>
    public string? After { get; } = after;

    /// <summary>The <c>page[before]</c> cursor as sent, or null.</summary>
    public string? Before { get; } = before;

    /// <summary>The used page size: <c>page[size]</c>, or the default.</summary>
    public int PageSize { get; } = pageSize;
}
