using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.JsonApi.Tests.QueryStrings;

/// <summary>Reads query strings written as in a URL and runs the result on the test data.</summary>
internal static class QueryStringTestKit
{
    public static JsonApiOptions Options { get; } = new() { DefaultPageSize = 10, MaxPageSize = 25, MaxIncludeDepth = 3, MaxFilterNestingDepth = 16 };

    public static TestData Data { get; } = new();

    /// <summary>Reads <c>name=value&amp;name=value</c>; only the first '=' of each pair separates name and value.</summary>
    /// <param name="cursorByDefault">As when the request's <c>Accept</c> names the cursor pagination profile.</param>
    public static QueryLayer Read(string queryString, ResourceType? resourceType = null, IReadOnlyList<SimpleFilter>? simpleFilters = null, bool isCollection = true, JsonApiOptions? options = null, bool cursorByDefault = false) =>
        new QueryStringReader(options ?? Options).Read(Parse(queryString), resourceType ?? TestGraph.Cards, simpleFilters ?? [], isCollection, defaultSort: null, cursorByDefault);

    public static InvalidQueryStringParameterException ReadFails(string queryString, ResourceType? resourceType = null, IReadOnlyList<SimpleFilter>? simpleFilters = null, bool isCollection = true, JsonApiOptions? options = null) =>
        ReadRefused<InvalidQueryStringParameterException>(queryString, isCollection, options, resourceType, simpleFilters);

    /// <summary>Reads a query string the reader must refuse with <typeparamref name="TException"/>, and returns the refusal.</summary>
    public static TException ReadRefused<TException>(string queryString, bool isCollection = true, JsonApiOptions? options = null, ResourceType? resourceType = null, IReadOnlyList<SimpleFilter>? simpleFilters = null, bool cursorByDefault = false)
        where TException : JsonApiException
    {
        Action read = () => Read(queryString, resourceType, simpleFilters, isCollection, options, cursorByDefault);
        return read.Should().Throw<TException>().Which;
    }

    public static string DetailOf(InvalidQueryStringParameterException exception) => exception.Errors[0].Detail!;

    public static long[] CardIds(QueryLayer layer) => [.. Data.Cards.AsQueryable().ApplyFilter(layer.Filter).Select(card => card.Id).Order()];

    public static long[] CustomerIds(QueryLayer layer) => [.. Data.Customers.AsQueryable().ApplyFilter(layer.Filter).Select(customer => customer.Id).Order()];

    private static List<KeyValuePair<string, StringValues>> Parse(string queryString) =>
        [.. queryString.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, StringValues>(parts[0], parts.Length > 1 ? parts[1] : string.Empty))];
}
