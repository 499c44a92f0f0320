using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

public sealed class SimpleFilterTests
{
    private static readonly SimpleFilter[] Declared =
    [
        SimpleFilter.For<Card>("card_type", card => card.CardType, SimpleFilterKind.Equals),
        SimpleFilter.For<Card>("ids", card => card.Id, SimpleFilterKind.In),
        SimpleFilter.For<Card>("created_at_from", card => card.CreatedAt, SimpleFilterKind.From),
        SimpleFilter.For<Card>("created_at_to", card => card.CreatedAt, SimpleFilterKind.To),
        SimpleFilter.For<Card>("order_status", card => card.Order!.Status, SimpleFilterKind.Equals),
        SimpleFilter.For<Card>("orders", card => card.Month, SimpleFilterKind.Equals),
    ];

    [Theory]
    [InlineData("filter[card_type]=visa", "equals(card_type,'visa')", new long[] { 1, 3 })]
    [InlineData("filter[ids]=1,2,4", "any(id,'1','2','4')", new long[] { 1, 2, 4 })]
    [InlineData("filter[created_at_from]=2024-03-05T12:30:00Z", "greaterOrEqual(created_at,'2024-03-05T12:30:00Z')", new long[] { 2, 3 })]
    [InlineData("filter[created_at_to]=2024-01-10", "lessOrEqual(created_at,'2024-01-10')", new long[] { 1, 4 })]
    [InlineData("filter[order_status]=placed", "equals(order.status,'placed')", new long[] { 1, 4 })]
    public void Declared_filters_compare_their_field_with_the_value(string query, string expectedFilter, long[] expectedIds)
    {
        // Act
        QueryLayer layer = Read(query, simpleFilters: Declared);

        // Assert
        layer.Filter!.ToString().Should().Be(expectedFilter);
        CardIds(layer).Should().Equal(expectedIds);
    }

    [Fact]
    public void A_declared_key_wins_over_a_relationship_of_the_same_name()
    {
        // Act
        QueryLayer layer = Read("filter[orders]=6", TestGraph.Customers, [SimpleFilter.For<Customer>("orders", customer => customer.Id, SimpleFilterKind.Equals)]);

        // Assert
        layer.Filter!.ToString().Should().Be("equals(id,'6')");
        layer.IncludeFilters.Should().BeEmpty();
    }

    [Fact]
    public void All_top_level_filters_combine_with_and()
    {
        // Act
        QueryLayer layer = Read(
            "filter=or(equals(card_type,'visa'),equals(card_type,'amex'))&filter[q][month_lt]=12&filter[created_at_from]=2024-01-01",
            simpleFilters: Declared);

        // Assert
        layer.Filter!.ToString().Should().Be(
            "and(or(equals(card_type,'visa'),equals(card_type,'amex')),lessThan(month,'12'),greaterOrEqual(created_at,'2024-01-01'))");
        CardIds(layer).Should().Equal(1);
    }

    [Theory]
    [InlineData("filter[ids]=1,x", "'x' is not a valid value for 'ids'; expected an integer.")]
    [InlineData("filter[ids]=1,,2", "'1,,2' has an empty item; expected a comma-separated list of values.")]
    [InlineData("filter[created_at_from]=soon", "'soon' is not a valid value for 'created_at_from'; expected an ISO 8601 date or timestamp")]
    [InlineData("filter[card_type]=", "A value is required; expected text.")]
    [InlineData("filter[ids]=", "A value is required; expected a comma-separated list of values.")]
    [InlineData("filter[colour]=red", "'colour' is neither a filter of 'cards' (declared: card_type, ids, created_at_from, created_at_to, order_status, orders) nor a relationship path")]
    public void Bad_values_of_declared_filters_are_refused(string query, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query, simpleFilters: Declared);

        // Assert
        exception.ParameterName.Should().Be(query[..query.IndexOf('=', StringComparison.Ordinal)]);
        DetailOf(exception).Should().StartWith(expectedDetail);
    }

    [Fact]
    public void A_wrongly_declared_filter_is_a_server_error_not_a_client_one()
    {
        // Act
        Action read = () => Read("filter[secret]=x", simpleFilters: [SimpleFilter.For<Card>("secret", card => card.Number, SimpleFilterKind.Equals)]);

        // Assert
        read.Should().Throw<InvalidOperationException>().WithMessage("The simple filter 'secret' of 'cards' is declared wrongly: Attribute 'number' of 'cards' cannot be used in filters*");
    }

    [Theory]
    [InlineData("a property that is no field", "The simple filter 'owner_id' of 'cards' is declared wrongly: 'Card.OwnerId' is not a field of the resource 'cards'*")]
    [InlineData("another resource's field", "The simple filter 'status' of 'cards' is declared wrongly: it is declared on 'Order', not on 'Card'*")]
    [InlineData("a range over an unordered attribute", "The simple filter 'default_from' of 'cards' compares 'is_default', which is not ordered*")]
    public void A_simple_filter_that_does_not_resolve_against_the_graph_is_the_definitions_mistake(string mistake, string expectedMessage)
    {
        // Arrange
        SimpleFilter filter = mistake switch
        {
            "a property that is no field" => SimpleFilter.For<Card>("owner_id", card => card.OwnerId, SimpleFilterKind.Equals),
            "another resource's field" => SimpleFilter.For<Order>("status", order => order.Status, SimpleFilterKind.Equals),
            _ => SimpleFilter.For<Card>("default_from", card => card.IsDefault, SimpleFilterKind.From),
        };

        // Act
        Action resolve = () => DeclaredQueryResolver.ResolveSimpleFilter(filter, TestGraph.Cards);

        // Assert
        resolve.Should().Throw<InvalidOperationException>().WithMessage(expectedMessage);
    }

    [Fact]
    public void A_declared_filter_describes_its_parameter_and_the_property_it_compares()
    {
        // Act
        SimpleFilter filter = SimpleFilter.For<Card>("order_status", card => card.Order!.Status, SimpleFilterKind.Equals);

        // Assert
        filter.ToString().Should().Be("filter[order_status] on Card.Order.Status");
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_filter_needs_a_key(string? key)
    {
        // Act
        Action declare = () => SimpleFilter.For<Card>(key!, card => card.CardType, SimpleFilterKind.Equals);

        // Assert
        declare.Should().Throw<ArgumentException>().WithParameterName(nameof(key));
    }
}
