using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>Errors about the query string: a parameter that cannot be used, or a query string too long to read.</summary>
internal static class QueryStringErrors
{
    /// <summary>The 400 for a query string parameter that cannot be used, naming it in <c>source.parameter</c>.</summary>
    public static ErrorObject InvalidParameter(string parameterName, string detail) =>
        new(HttpStatusCode.BadRequest, ErrorCodes.InvalidQueryParameter, "Invalid query string parameter.", detail) { Parameter = parameterName };

    /// <summary>The 414 for a query string of <paramref name="length"/> characters, over <paramref name="limit"/>.</summary>
    public static JsonApiException TooLong(int limit, int length) =>
        new(new ErrorObject(HttpStatusCode.RequestUriTooLong, ErrorCodes.QueryStringTooLong, "The query string is too long.",
            $"Query strings may be at most {limit} characters long; this one has {length}."));
}
