using System.Net;
using CsCheck;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Extensions.Primitives;
using static JsonApiCards.JsonApi.Tests.Properties.QueryStringGenerators;

namespace JsonApiCards.JsonApi.Tests.Properties;

/// <summary>
/// Properties of the query string reader over generated query strings. A failure names the CsCheck seed that reproduces
/// it (set <c>CsCheck_Seed</c> to replay it); a failure found is kept as a plain example test.
/// </summary>
public sealed class QueryStringProperties
{
    private static readonly QueryStringReader Reader = new(QueryStringTestKit.Options);

    private static readonly Gen<(ResourceType Type, List<KeyValuePair<string, StringValues>> Query)> ValidQueries =
        Gen.OneOf(TestGraph.Cards, TestGraph.Customers, TestGraph.Orders).SelectMany(type => Query(type, QueryStringTestKit.Options.MaxPageSize).Select(query => (type, query)));

    private static readonly Gen<(ResourceType Type, List<KeyValuePair<string, StringValues>> Query)> MutatedQueries =
        Gen.OneOf(TestGraph.Cards, TestGraph.Customers, TestGraph.Orders).SelectMany(type => MutatedQuery(type, QueryStringTestKit.Options.MaxPageSize).Select(query => (type, query)));

    [Fact]
    public void Every_generated_valid_query_string_is_read()
    {
        ValidQueries.Sample((type, query) => { Reader.Read(query, type, [], isCollection: true); }, iter: 3_000, print: sample => Print(sample.Item1, sample.Item2));
    }

    [Fact]
    public void Reading_a_mutated_query_string_fails_only_with_the_layers_own_400()
    {
        MutatedQueries.Sample((type, query) =>
        {
            ReadsOrRefusesWith400(() => Reader.Read(query, type, [], isCollection: true));
            ReadsOrRefusesWith400(() => Reader.Read(query, type, [], isCollection: false));
            ReadsOrRefusesWith400(() => Reader.ReadForWrite(query, type, []));
        }, iter: 5_000, print: sample => Print(sample.Item1, sample.Item2));
    }

    [Fact]
    public void A_filter_of_either_dialect_printed_back_and_read_again_is_the_same_tree()
    {
        ValidQueries.Where((_, query) => query.Any(pair => pair.Key.StartsWith("filter", StringComparison.Ordinal))).Sample((type, query) =>
        {
            QueryLayer layer = Reader.Read(query, type, [], isCollection: true);
            string printed = layer.Filter!.ToString();

            QueryLayer reread = Reader.Read([new("filter", printed)], type, [], isCollection: true);

            reread.Filter!.ToString().Should().Be(printed);
            FilterTrees.Same(layer.Filter, reread.Filter).Should().BeTrue($"'{printed}' should read back as the tree it was printed from");
        }, iter: 3_000, print: sample => Print(sample.Item1, sample.Item2));
    }

    internal static void ReadsOrRefusesWith400(Action read)
    {
        try
        {
            read();
        }
        catch (JsonApiException exception)
        {
            exception.Status.Should().Be(HttpStatusCode.BadRequest, exception.Errors[0].Detail);
        }
    }

    internal static string Print(ResourceType type, List<KeyValuePair<string, StringValues>> query) =>
        $"{type.PublicName}?{string.Join('&', query.SelectMany(pair => pair.Value.Select(value => $"{pair.Key}={value}")))}";
}
