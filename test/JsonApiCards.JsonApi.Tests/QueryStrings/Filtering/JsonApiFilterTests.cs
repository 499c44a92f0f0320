using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

public sealed class JsonApiFilterTests
{
    [Theory]
    [InlineData("equals(card_type,'visa')", new long[] { 1, 3 })]
    [InlineData("lessThan(month,'6')", new long[] { 1, 4 })]
    [InlineData("lessOrEqual(month,'6')", new long[] { 1, 2, 4 })]
    [InlineData("greaterThan(month,'6')", new long[] { 3 })]
    [InlineData("greaterOrEqual(month,'6')", new long[] { 2, 3 })]
    [InlineData("contains(holder_name,'Jo')", new long[] { 1, 4 })]
    [InlineData("startsWith(reference,'A')", new long[] { 1, 2 })]
    [InlineData("endsWith(reference,'1')", new long[] { 1, 3 })]
    [InlineData("any(card_type,'amex','mastercard')", new long[] { 2, 4 })]
    [InlineData("equals(holder_name,null)", new long[] { 2 })]
    [InlineData("not(equals(card_type,'visa'))", new long[] { 2, 4 })]
    [InlineData("and(equals(card_type,'visa'),greaterThan(month,'1'))", new long[] { 3 })]
    [InlineData("or(equals(card_type,'amex'),equals(month,'6'),equals(id,'1'))", new long[] { 1, 2, 4 })]
    [InlineData("equals(is_default,'true')", new long[] { 1, 4 })]
    [InlineData("greaterThan(balance,'99.5')", new long[] { 3, 4 })]
    [InlineData("lessThan(expiry_year,'2028')", new long[] { 1, 4 })]
    [InlineData("equals(expiry_year,null)", new long[] { 2 })]
    [InlineData("greaterThan(reference,'B')", new long[] { 3, 4 })]
    [InlineData("equals(order.status,'placed')", new long[] { 1, 4 })]
    [InlineData("greaterThan(order.total_amount_cents,'1000')", new long[] { 1, 4 })]
    [InlineData("lessThan(order.total_amount_cents,'1000')", new long[] { 2 })]
    [InlineData("equals(order.customer.first_name,'Bob')", new long[] { 2, 4 })]
    [InlineData("equals(owner.last_name,'Smith')", new long[] { 1, 3 })]
    [InlineData("isType(,cards)", new long[] { 1, 2, 3, 4 })]
    [InlineData("isType(,orders)", new long[] { })]
    [InlineData("isType(order,orders)", new long[] { 1, 2, 4 })]
    [InlineData("isType(order,customers)", new long[] { })]
    [InlineData("has(owner.orders)", new long[] { 1, 2, 3, 4 })]
    [InlineData("has(owner.orders,equals(status,'cancelled'))", new long[] { 2, 4 })]
    [InlineData("equals(count(owner.orders),'2')", new long[] { 2, 4 })]
    public void Each_filter_function_selects_the_matching_cards(string filter, long[] expectedIds)
    {
        // Act
        QueryLayer layer = Read("filter=" + filter);

        // Assert
        layer.Filter!.ToString().Should().Be(filter);
        CardIds(layer).Should().Equal(expectedIds);
    }

    [Theory]
    [InlineData("has(orders)", new long[] { 1, 2 })]
    [InlineData("has(orders,greaterThan(total_amount_cents,'10000'))", new long[] { 2 })]
    [InlineData("not(has(cards))", new long[] { 3 })]
    [InlineData("greaterOrEqual(count(orders),'1')", new long[] { 1, 2 })]
    [InlineData("equals(count(orders),count(cards))", new long[] { 2, 3 })]
    [InlineData("has(orders,has(cards,equals(card_type,'amex')))", new long[] { 2 })]
    public void To_many_functions_count_and_search_related_resources(string filter, long[] expectedIds)
    {
        // Act
        QueryLayer layer = Read("filter=" + filter, TestGraph.Customers);

        // Assert
        layer.Filter!.ToString().Should().Be(filter);
        CustomerIds(layer).Should().Equal(expectedIds);
    }

    [Fact]
    public void Attributes_can_be_compared_with_each_other()
    {
        // Act
        QueryLayer layer = Read("filter=equals(first_name,last_name)", TestGraph.Customers);
        QueryLayer different = Read("filter=not(equals(first_name,last_name))", TestGraph.Customers);

        // Assert
        layer.Filter!.ToString().Should().Be("equals(first_name,last_name)");
        CustomerIds(layer).Should().BeEmpty();
        CustomerIds(different).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Nullable_attributes_compare_with_each_other_after_lifting()
    {
        // Act
        QueryLayer layer = Read("filter=lessThan(created_at,closed_at)");

        // Assert
        CardIds(layer).Should().Equal(2);
    }

    [Fact]
    public void Quotes_inside_constants_are_doubled()
    {
        // Act
        QueryLayer layer = Read("filter=equals(reference,'O''Brien')");

        // Assert
        layer.Filter!.ToString().Should().Be("equals(reference,'O''Brien')");
        CardIds(layer).Should().Equal(4);
    }

    [Fact]
    public void Timestamps_are_compared_as_utc_instants()
    {
        // Arrange: 2024-01-01T00:30+02:00 is 2023-12-31T22:30Z, just before card 4 was created.
        const string filter = "filter=and(greaterThan(created_at,'2024-01-01T00:30:00+02:00'),lessThan(created_at,'2024-01-10'))";

        // Act
        QueryLayer layer = Read(filter);

        // Assert
        CardIds(layer).Should().Equal(4);
    }

    [Fact]
    public void Repeated_filter_parameters_combine_with_or()
    {
        // Act
        QueryLayer layer = Read("filter=equals(card_type,'amex')&filter=equals(month,'6')");

        // Assert
        layer.Filter!.ToString().Should().Be("or(equals(card_type,'amex'),equals(month,'6'))");
        CardIds(layer).Should().Equal(2, 4);
    }

    [Fact]
    public void Whitespace_between_tokens_is_ignored()
    {
        // Act
        QueryLayer layer = Read("filter=and( equals(card_type, 'visa'), equals(month,'1') )");

        // Assert
        layer.Filter!.ToString().Should().Be("and(equals(card_type,'visa'),equals(month,'1'))");
        CardIds(layer).Should().Equal(1);
    }

    [Fact]
    public void A_filter_nested_up_to_the_limit_is_accepted()
    {
        // Arrange
        string filter = string.Concat(Enumerable.Repeat("not(", 15)) + "equals(id,'1')" + new string(')', 15);

        // Act
        QueryLayer layer = Read("filter=" + filter);

        // Assert
        layer.Filter!.ToString().Should().Be(filter);
        CardIds(layer).Should().Equal(2, 3, 4);
    }

    [Fact]
    public void Thousands_of_terms_bind_to_a_shallow_tree()
    {
        // Arrange
        string filter = "or(" + string.Join(',', Enumerable.Range(100, 5000).Select(month => $"equals(month,'{month}')")) + ",equals(month,'3'))";

        // Act
        QueryLayer layer = Read("filter=" + filter, options: new JsonApiOptions { MaxFilterTerms = 10_000 });

        // Assert
        CardIds(layer).Should().Equal(4);
    }
}
