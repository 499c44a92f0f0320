using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Parameters;

/// <summary>A request without a query string gets a layer read once per type and kind of request, and shared.</summary>
public sealed class EmptyQueryStringTests
{
    private readonly QueryStringReader _reader = new(Options);

    [Fact]
    public void An_empty_query_string_gives_one_shared_layer_per_type_kind_and_default_sort()
    {
        // Act
        QueryLayer single = _reader.Read(QueryCollection.Empty, TestGraph.Cards, [], isCollection: false);
        QueryLayer singleAgain = _reader.Read(new QueryCollection(), TestGraph.Cards, [], isCollection: false);
        QueryLayer collection = _reader.Read(QueryCollection.Empty, TestGraph.Cards, [], isCollection: true);
        QueryLayer sortedCollection = _reader.Read(QueryCollection.Empty, TestGraph.Cards, [], isCollection: true, defaultSort: [SortKey.By<Card>(card => card.CreatedAt, descending: true)]);
        QueryLayer customers = _reader.Read(QueryCollection.Empty, TestGraph.Customers, [], isCollection: false);

        // Assert
        singleAgain.Should().BeSameAs(single);
        new[] { collection, sortedCollection, customers }.Should().AllSatisfy(layer => layer.Should().NotBeSameAs(single));
        (single.Pagination, single.Sort.ToString(), single.Filter, single.Include.Elements.Count, single.Fieldsets.Count)
            .Should().Be(((PaginationExpression?)null, "id", (FilterExpression?)null, 0, 0));
        (collection.Pagination!.ToString(), collection.Sort.ToString()).Should().Be(("page[number]=1&page[size]=10", "id"));
        sortedCollection.Sort.ToString().Should().Be("-created_at");
        customers.ResourceType.Should().Be(TestGraph.Customers);
    }

    [Fact]
    public void A_query_string_with_parameters_is_read_afresh()
    {
        // Arrange
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["page[size]"] = "5" });

        // Act
        QueryLayer first = _reader.Read(query, TestGraph.Cards, [], isCollection: true);
        QueryLayer second = _reader.Read(query, TestGraph.Cards, [], isCollection: true);

        // Assert
        second.Should().NotBeSameAs(first);
        second.Pagination!.PageSize.Should().Be(5);
    }
}
