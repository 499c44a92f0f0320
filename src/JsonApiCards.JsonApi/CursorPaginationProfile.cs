namespace JsonApiCards.JsonApi;

/// <summary>The JSON:API cursor pagination profile: its URI and the <c>type</c> links of its errors.</summary>
public static class CursorPaginationProfile
{
    /// <summary>The profile's URI, as it appears in <c>Accept</c> and <c>Content-Type</c> <c>profile</c> parameters.</summary>
    public const string Uri = "https://jsonapi.org/profiles/ethanresnick/cursor-pagination/";

    /// <summary>The error type of a sort the server cannot page by cursor.</summary>
    public const string UnsupportedSort = Uri + "unsupported-sort";

    /// <summary>The error type of a <c>page[size]</c> over the maximum.</summary>
    public const string MaxSizeExceeded = Uri + "max-size-exceeded";

    /// <summary>The error type of <c>page[after]</c> and <c>page[before]</c> together.</summary>
    public const string RangePaginationNotSupported = Uri + "range-pagination-not-supported";
}
