using System.Linq.Expressions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

public sealed class IncludeFilterTests
{
    [Fact]
    public void A_relationship_key_filters_the_included_collection_on_its_element_type()
    {
        // Act
        QueryLayer layer = Read("include=orders&filter[orders]=equals(status,'placed')", TestGraph.Customers);

        // Assert
        layer.Filter.Should().BeNull();
        layer.IncludeFilters.Should().ContainKey("orders").WhoseValue.ToString().Should().Be("equals(status,'placed')");

        var predicate = (Expression<Func<Order, bool>>)FilterClauseBuilder.BuildPredicate(layer.IncludeFilters["orders"], typeof(Order), scopes: null);
        Data.Orders.Where(predicate.Compile()).Select(order => order.Id).Should().Equal(11, 13);
    }

    [Fact]
    public void Repeated_include_filters_combine_with_or()
    {
        // Act
        QueryLayer layer = Read("include=orders&filter[orders]=equals(status,'cancelled')&filter[orders]=greaterThan(total_amount_cents,'10000')", TestGraph.Customers);

        // Assert
        FilterExpressionText(layer, "orders").Should().Be("or(equals(status,'cancelled'),greaterThan(total_amount_cents,'10000'))");
    }

    [Fact]
    public void Scopes_may_pass_through_other_relationships()
    {
        // Act
        QueryLayer layer = Read("filter[owner.orders]=equals(status,'placed')&filter[order.cards]=equals(card_type,'visa')&include=owner.orders,order.cards");

        // Assert
        layer.IncludeFilters.Keys.Should().BeEquivalentTo("owner.orders", "order.cards");
        FilterExpressionText(layer, "order.cards").Should().Be("equals(card_type,'visa')");
    }

    [Fact]
    public void Scoped_and_top_level_filters_are_kept_apart()
    {
        // Act
        QueryLayer layer = Read("filter=has(orders)&filter[orders]=equals(status,'placed')&include=orders", TestGraph.Customers);

        // Assert
        layer.Filter!.ToString().Should().Be("has(orders)");
        FilterExpressionText(layer, "orders").Should().Be("equals(status,'placed')");
    }

    [Theory]
    [InlineData("filter[order]=equals(status,'placed')", "filter[order]", "Relationship 'order' of 'cards' is to-one; only to-many relationships can be filtered.")]
    [InlineData("filter[owner.emails]=equals(x,'y')", "filter[owner.emails]", "Field 'emails' does not exist on resource type 'customers'.")]
    [InlineData("filter[owner.orders]=equals(card_type,'visa')", "filter[owner.orders]", "Failed at position 8: equals(^card_type,'visa') — Field 'card_type' does not exist on resource type 'orders'.")]
    [InlineData("filter[month]=1", "filter[month]", "'month' is neither a filter of 'cards' (none are declared) nor a relationship path")]
    [InlineData("filter[]=1", "filter[]", "'' is neither a filter of 'cards'")]
    [InlineData("filter[owner.orders]=equals(status,'placed')", "filter[owner.orders]", "'owner.orders' filters an included collection, but include does not name it; add include=owner.orders.")]
    [InlineData("include=owner&filter[owner.orders]=equals(status,'placed')", "filter[owner.orders]", "'owner.orders' filters an included collection, but include does not name it")]
    [InlineData("filter[owner.orders]=equals(status,'placed')&filter[order.cards]=equals(month,'1')&include=order.cards", "filter[owner.orders]", "'owner.orders' filters an included collection, but include does not name it")]
    [InlineData("include=owner.orders&filter[owner.orders]=", "filter[owner.orders]", "A value is required; expected a filter expression such as equals(name,'value').")]
    public void Keys_that_are_not_to_many_relationship_paths_are_refused(string query, string parameter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().StartWith(expectedDetail);
    }

    private static string FilterExpressionText(QueryLayer layer, string path) => layer.IncludeFilters[path].ToString();
}
