using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.Queries.QueryableBuilding;

public sealed class QueryableBuilderTests
{
    [Theory]
    [InlineData("include=owner", false)]
    [InlineData("include=owner,order", false)]
    [InlineData("include=owner.cards", true)]
    [InlineData("include=order,owner.orders", true)]
    [InlineData("include=owner.orders,order", true)]
    public void A_read_is_split_when_its_includes_reach_a_to_many_relationship_anywhere(string query, bool expected)
    {
        QueryableBuilder.IncludesCollection(Read(query).Include).Should().Be(expected);
    }

    [Fact]
    public void A_page_that_starts_past_the_largest_offset_a_query_can_skip_is_empty()
    {
        // Arrange: page 2147483647 of 10 starts at 21474836460, which Skip cannot take.
        var pagination = new PaginationExpression(int.MaxValue, 10);

        // Act
        IQueryable<Card> page = Data.Cards.AsQueryable().ApplyPagination(pagination);

        // Assert
        page.Should().BeEmpty();
    }
}
