using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Sorting;

public sealed class SortTests
{
    [Theory]
    [InlineData("-created_at", new long[] { 3, 2, 1, 4 })]
    [InlineData("card_type", new long[] { 4, 2, 1, 3 })]
    [InlineData("-card_type,reference", new long[] { 1, 3, 2, 4 })]
    [InlineData("-card_type,-reference", new long[] { 3, 1, 2, 4 })]
    [InlineData("-is_default,-id", new long[] { 4, 1, 3, 2 })]
    [InlineData("expiry_year", new long[] { 2, 4, 1, 3 })]
    [InlineData("-balance", new long[] { 4, 3, 1, 2 })]
    [InlineData("order.total_amount_cents", new long[] { 3, 2, 1, 4 })]
    [InlineData("-count(owner.orders)", new long[] { 2, 4, 1, 3 })]
    public void Cards_come_back_in_the_requested_order(string sort, long[] expectedIds)
    {
        // Act
        QueryLayer layer = Read("sort=" + sort);

        // Assert
        layer.Sort.ToString().Should().Be(sort);
        Data.Cards.AsQueryable().ApplySort(layer.Sort, layer.ResourceType).Select(card => card.Id).Should().Equal(expectedIds);
    }

    [Fact]
    public void Equal_keys_are_ordered_by_id_as_a_tie_breaker()
    {
        // Arrange
        Card[] reversed = [.. Data.Cards.Reverse()];

        // Act
        QueryLayer layer = Read("sort=card_type");

        // Assert
        reversed.AsQueryable().ApplySort(layer.Sort, layer.ResourceType).Select(card => card.Id).Should().Equal(4, 2, 1, 3);
        reversed.AsQueryable().ApplySort(layer.Sort, layer.ResourceType).Expression.ToString().Should().EndWith(".ThenBy(resource => resource.Id)");
    }

    [Theory]
    [InlineData("-id")]
    [InlineData("-month,id")]
    public void The_tie_breaker_is_not_added_when_the_sort_already_orders_by_id(string sort)
    {
        // Act
        QueryLayer layer = Read("sort=" + sort);

        // Assert
        string ordered = Data.Cards.AsQueryable().ApplySort(layer.Sort, layer.ResourceType).Expression.ToString();
        ordered.Split("resource.Id").Should().HaveCount(2, "the id is ordered by once");
    }

    [Fact]
    public void Without_a_sort_parameter_the_order_is_by_id()
    {
        // Act
        QueryLayer layer = Read(string.Empty);

        // Assert
        layer.Sort.ToString().Should().Be("id");
    }

    [Fact]
    public void Customers_can_be_sorted_by_the_number_of_related_resources()
    {
        // Act
        QueryLayer layer = Read("sort=-count(orders),first_name", TestGraph.Customers);

        // Assert
        Data.Customers.AsQueryable().ApplySort(layer.Sort, layer.ResourceType).Select(customer => customer.Id).Should().Equal(2, 1, 3);
    }

    [Theory]
    [InlineData("sort=colour", "Failed at position 1: ^colour — Field 'colour' does not exist on resource type 'cards'.")]
    [InlineData("sort=display_number", "Attribute 'display_number' of 'cards' cannot be used for sorting.")]
    [InlineData("sort=number", "Attribute 'number' of 'cards' cannot be used for sorting.")]
    [InlineData("sort=order", "'order' is a relationship of 'cards'; an attribute is expected here.")]
    [InlineData("sort=owner.cards.month", "Relationship 'cards' of 'customers' is to-many")]
    [InlineData("sort=count(order)", "Relationship 'order' of 'cards' is to-one; a to-many relationship is expected here.")]
    [InlineData("sort=month,", "A field name or count() expected, but the value ends here.")]
    [InlineData("sort=--month", "A field name or count() expected.")]
    [InlineData("sort=month desc", "',' or the end of the sort expected.")]
    [InlineData("sort=month(owner.orders)", "Failed at position 6: month^(owner.orders) — ',' or the end of the sort expected.")]
    [InlineData("sort=count()", "Failed at position 7: count(^) — A to-many relationship expected.")]
    [InlineData("sort=-count(owner.orders", "Failed at position 20: -count(owner.orders^ — ')' expected, but the value ends here.")]
    [InlineData("sort=", "A value is required; expected a comma-separated list of attributes, each optionally preceded by '-'.")]
    [InlineData("sort=month&sort=id", "This parameter may be given only once")]
    public void Bad_sorts_are_refused(string query, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be("sort");
        DetailOf(exception).Should().Contain(expectedDetail);
    }

    [Fact]
    public void A_sort_of_as_many_keys_as_configured_is_read()
    {
        // Act
        QueryLayer layer = Read("sort=card_type,-reference,expiry_year", options: new JsonApiOptions { MaxSortKeys = 3 });

        // Assert
        layer.Sort.ToString().Should().Be("card_type,-reference,expiry_year");
    }

    [Fact]
    public void A_sort_of_more_keys_than_configured_is_refused_at_the_first_key_too_many()
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("sort=card_type,-reference,expiry_year,id", options: new JsonApiOptions { MaxSortKeys = 3 });

        // Assert
        exception.ParameterName.Should().Be("sort");
        DetailOf(exception).Should().Be("Failed at position 34: card_type,-reference,expiry_year,^id — A sort may hold at most 3 keys.");
    }

    [Fact]
    public void Sorting_a_single_resource_is_refused()
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails("sort=month", isCollection: false);

        // Assert
        exception.ParameterName.Should().Be("sort");
        DetailOf(exception).Should().Be("Sorting is only available on collections; this request returns a single resource.");
    }
}
