using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

public sealed class SortingTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("sort=-created_at&page[size]=4", "12,11,10,9")]
    [InlineData("sort=card_type,-reference&page[size]=5", "11,7,3,12,8")]
    [InlineData("sort=-id&page[size]=2", "12,11")]
    [InlineData("sort=card_type&page[size]=4&page[number]=2", "8,12,2,6")]
    public async Task Sorting_orders_by_the_named_attributes_with_the_id_breaking_ties(string query, string expectedIds)
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        var ids = await Client.GetIdsAsync("/api/credit_cards?" + query);

        string.Join(',', ids).Should().Be(expectedIds);
    }
}
