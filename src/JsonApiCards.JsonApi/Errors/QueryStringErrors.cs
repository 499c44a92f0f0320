using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors about the query string: a parameter that cannot be used, or a query string too long to read.</summary>
internal static class QueryStringErrors
{
    /// <summary>The 400 for a query string parameter that cannot be used, naming it in <c>source.parameter</c>.</summary>
    /// <param name="parameterName">The parameter, e.g. <c>filter[q][card_type_eq]</c>.</param>
    /// <param name="detail">What is wrong with it.</param>
    /// <param name="code">The error code; <see cref="ErrorCodes.InvalidQueryParameter"/> unless the parameter is over a limit that has its own.</param>
    public static ErrorObject InvalidParameter(string parameterName, string detail, string code = ErrorCodes.InvalidQueryParameter) =>
        new(HttpStatusCode.BadRequest, code, "Invalid query string parameter.", detail) { Parameter = parameterName };

    /// <summary>The 414 for a query string of <paramref name="length"/> characters, over <paramref name="limit"/>.</summary>
    public static JsonApiException TooLong(int limit, int length) =>
        new(new ErrorObject(HttpStatusCode.RequestUriTooLong, ErrorCodes.QueryStringTooLong, "The query string is too long.",
            $"Query strings may be at most {limit} characters long; this one has {length}."));

    /// <summary>The 400 for a page that ends past <paramref name="maxPageOffset"/> resources into the collection.</summary>
    public static JsonApiException PageTooDeep(long maxPageOffset, long pageEnd) =>
        new(new ErrorObject(HttpStatusCode.BadRequest, ErrorCodes.PageTooDeep, "The page is too deep.",
            $"page[number] × page[size] may be at most {maxPageOffset}; this page ends at {pageEnd}. Pages deeper into a collection cost the database a read of every row before them: narrow the collection with a filter instead, or sort it and filter past the last value seen (sort=created_at&filter=greaterThan(created_at,'...')).")
        {
            Parameter = "page[number]",
        });

    /// <summary>The 400 of the cursor pagination profile for <c>page[after]</c> and <c>page[before]</c> together.</summary>
    public static ErrorObject CursorRangeNotSupported() =>
        new(HttpStatusCode.BadRequest, ErrorCodes.CursorRangeNotSupported, "Range pagination is not supported.",
            "Send page[after] or page[before], not both.")
        {
            Parameter = "page[before]",
            TypeLink = CursorPaginationProfile.RangePaginationNotSupported,
        };

    /// <summary>The 400 of the cursor pagination profile for a <c>page[size]</c> over <paramref name="maxSize"/>.</summary>
    public static ErrorObject PageSizeTooLarge(int maxSize, int requested) =>
        new(HttpStatusCode.BadRequest, ErrorCodes.PageSizeTooLarge, "Page size requested is too large.",
            $"page[size] may be at most {maxSize}; this request asks for {requested}.")
        {
            Parameter = "page[size]",
            TypeLink = CursorPaginationProfile.MaxSizeExceeded,
            MaxPageSize = maxSize,
        };

    /// <summary>The 400 of the cursor pagination profile for a sort that cannot be paged by cursor.</summary>
    public static ErrorObject CursorSortNotSupported(string sort) =>
        new(HttpStatusCode.BadRequest, ErrorCodes.CursorSortNotSupported, "This sort cannot be paged by cursor.",
            $"Cursor pagination sorts by attributes of the resource itself of text, number, boolean or timestamp type; '{sort}' is not such a sort. Use page[number] for it.")
        {
            Parameter = "sort",
            TypeLink = CursorPaginationProfile.UnsupportedSort,
        };
}
