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
}
