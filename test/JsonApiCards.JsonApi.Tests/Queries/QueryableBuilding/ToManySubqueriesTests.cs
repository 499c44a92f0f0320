using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Queries.QueryableBuilding;

public sealed class ToManySubqueriesTests
{
    [Theory]
    [InlineData("has(owner.orders)")]
    [InlineData("greaterThan(count(owner.orders),'1')")]
    [InlineData("lessThan(expiry_year,count(owner.orders))")]
    [InlineData("not(has(owner.orders))")]
    [InlineData("or(equals(card_type,'visa'),has(owner.orders))")]
    [InlineData("and(equals(card_type,'visa'),not(equals(count(owner.orders),'0')))")]
    public void A_filter_reading_through_a_to_many_relationship_anywhere_holds_a_subquery(string filter)
    {
        ToManySubqueries.In(Read("filter=" + filter).Filter).Should().BeTrue();
    }

    [Theory]
    [InlineData("equals(card_type,'visa')")]
    [InlineData("equals(owner.last_name,'Smith')")]
    [InlineData("not(equals(card_type,'visa'))")]
    [InlineData("or(equals(card_type,'visa'),greaterThan(expiry_year,'2030'))")]
    public void A_filter_of_fields_and_to_one_relationships_holds_no_subquery(string filter)
    {
        ToManySubqueries.In(Read("filter=" + filter).Filter).Should().BeFalse();
    }

    [Fact]
    public void No_filter_holds_no_subquery()
    {
        ToManySubqueries.In(null).Should().BeFalse();
    }
}
