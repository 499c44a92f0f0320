namespace JsonApiCards.JsonApi.Documents;

/// <summary>The top-level members of a paged collection.</summary>
/// <param name="RecordCount">How many resources match, over all pages.</param>
/// <param name="PageCount">How many pages there are.</param>
/// <param name="First">Link to the first page.</param>
/// <param name="Prev">Link to the previous page; null on the first.</param>
/// <param name="Next">Link to the next page; null on the last.</param>
/// <param name="Last">Link to the last page.</param>
internal sealed record PageLinks(long RecordCount, long PageCount, string First, string? Prev, string? Next, string Last);
