using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Including;

public sealed class IncludeTests
{
    [Fact]
    public void Paths_are_merged_into_a_tree()
    {
        // Act
        QueryLayer layer = Read("include=order,order.customer,owner,order.customer.orders,owner");

        // Assert
        layer.Include.ToString().Should().Be("order.customer.orders,owner");
        layer.Include.Elements.Select(element => element.Relationship.PublicName).Should().Equal("order", "owner");

        IncludeElementExpression order = layer.Include.Elements[0];
        order.Children.Should().ContainSingle().Which.Relationship.PublicName.Should().Be("customer");
        order.Children[0].Children.Should().ContainSingle().Which.Relationship.PublicName.Should().Be("orders");
        layer.Include.Elements[1].Children.Should().BeEmpty();
    }

    [Fact]
    public void Without_include_nothing_is_included()
    {
        // Act
        QueryLayer layer = Read(string.Empty);

        // Assert
        layer.Include.Should().BeSameAs(IncludeExpression.Empty);
        layer.Include.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Include_works_for_single_resources()
    {
        // Act
        QueryLayer layer = Read("include=orders.cards", TestGraph.Customers, isCollection: false);

        // Assert
        layer.Include.ToString().Should().Be("orders.cards");
    }

    [Theory]
    [InlineData("include=order.customer.orders.cards", "Failed at position 23: order.customer.orders.^cards — Including 'cards' exceeds the maximum inclusion depth of 3.")]
    [InlineData("include=owner.audit_events", "Failed at position 7: owner.^audit_events — Relationship 'audit_events' of 'customers' cannot be included.")]
    [InlineData("include=wallet", "Failed at position 1: ^wallet — Relationship 'wallet' does not exist on resource type 'cards'.")]
    [InlineData("include=reference", "Relationship 'reference' does not exist on resource type 'cards'.")]
    [InlineData("include=order..customer", "A relationship name expected.")]
    [InlineData("include=order,", "A relationship name expected, but the value ends here.")]
    [InlineData("include=order owner", "Failed at position 7: order ^owner — ',' or the end of the include expected.")]
    [InlineData("include=", "A value is required; expected a comma-separated list of relationship paths.")]
    public void Bad_includes_are_refused(string query, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be("include");
        DetailOf(exception).Should().EndWith(expectedDetail);
    }
}
