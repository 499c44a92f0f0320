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
    public static QueryLayer Read(string queryString, ResourceType? resourceType = null, IReadOnlyList<SimpleFilter>? simpleFilters = null, bool isCollection = true, JsonApiOptions? options = null) =>
        new QueryStringReader(options ?? Options).Read(Parse(queryString), resourceType ?? TestGraph.Cards, simpleFilters ?? [], isCollection);

    public static InvalidQueryStringParameterException ReadFails(string queryString, ResourceType? resourceType = null, IReadOnlyList<SimpleFilter>? simpleFilters = null, bool isCollection = true, JsonApiOptions? options = null)
    {
        Action read = () => Read(queryString, resourceType, simpleFilters, isCollection, options);
        return read.Should().Throw<InvalidQueryStringParameterException>().Which;
    }

    public static string DetailOf(InvalidQueryStringParameterException exception) => exception.Errors[0].Detail!;

    public static long[] CardIds(QueryLayer layer) => [.. Data.Cards.AsQueryable().ApplyFilter(layer.Filter).Select(card => card.Id).Order()];

    public static long[] CustomerIds(QueryLayer layer) => [.. Data.Customers.AsQueryable().ApplyFilter(layer.Filter).Select(customer => customer.Id).Order()];

    private static List<KeyValuePair<string, StringValues>> Parse(string queryString) =>
        [.. queryString.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, StringValues>(parts[0], parts.Length > 1 ? parts[1] : string.Empty))];
}
