using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Extensions.Primitives;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Sorting;

public sealed class DefaultSortTests
{
    private readonly QueryStringReader _reader = new(Options);

    [Fact]
    public void A_collection_without_sort_takes_the_definitions_default_sort()
    {
        // Act
        QueryLayer layer = ReadWithDefault("", SortKey.By<Card>(card => card.CreatedAt, descending: true), SortKey.By<Card>(card => card.Reference));

        // Assert
        layer.Sort.ToString().Should().Be("-created_at,reference");
    }

    [Fact]
    public void A_sort_in_the_request_replaces_the_default_sort()
    {
        // Act
        QueryLayer layer = ReadWithDefault("card_type", SortKey.By<Card>(card => card.CreatedAt, descending: true));

        // Assert
        layer.Sort.ToString().Should().Be("card_type");
    }

    [Fact]
    public void A_single_resource_ignores_the_default_sort()
    {
        // Act
        QueryLayer layer = _reader.Read([], TestGraph.Cards, [], isCollection: false, defaultSort: [SortKey.By<Card>(card => card.CreatedAt, descending: true)]);

        // Assert
        layer.Sort.ToString().Should().Be(Read("", isCollection: false).Sort.ToString());
    }

    [Fact]
    public void A_default_sort_that_names_no_sortable_attribute_is_a_server_error_not_the_clients()
    {
        // Act
        Action read = () => ReadWithDefault("", SortKey.By<Card>(card => card.Number, descending: true));

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("The default sort '-Card.Number' of cards is not a valid sort: Attribute 'number' of 'cards' cannot be used for sorting*");
    }

    [Fact]
    public void A_default_sort_through_a_property_that_is_no_field_is_a_server_error_not_the_clients()
    {
        // Act
        Action read = () => ReadWithDefault("", SortKey.By<Card>(card => card.OrderId));

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("The default sort 'Card.OrderId' of cards is not a valid sort: 'Card.OrderId' is not a field of the resource 'cards'*");
    }

    [Fact]
    public void A_default_sort_declared_for_another_resource_type_is_a_server_error_not_the_clients()
    {
        // Act
        Action read = () => ReadWithDefault("", SortKey.By<Order>(order => order.Id));

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("The default sort 'Order.Id' of cards is not a valid sort: it is declared on 'Order', not on 'Card'.");
    }

    private QueryLayer ReadWithDefault(string sort, params SortKey[] defaultSort)
    {
        List<KeyValuePair<string, StringValues>> query = sort.Length == 0 ? [] : [new("sort", sort)];
        return _reader.Read(query, TestGraph.Cards, [], isCollection: true, defaultSort);
    }
}
