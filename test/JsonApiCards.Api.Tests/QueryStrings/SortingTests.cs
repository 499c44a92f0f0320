using System.Net;
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

    /// <summary>
    /// Every new sort shape costs a query compilation that grows with its keys (hundreds of count() keys took half a second),
    /// so a sort holds at most 10 keys, as a filter holds at most 100 terms.
    /// </summary>
    [Fact]
    public async Task A_sort_of_ten_keys_is_answered_and_one_of_eleven_is_a_400_that_states_the_limit()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        string tenKeys = string.Join(',', ["card_type", .. Enumerable.Repeat("-reference", 9)]);

        var ids = await Client.GetIdsAsync("/api/credit_cards?sort=" + tenKeys);
        var response = await Client.GetAsync("/api/credit_cards?sort=" + tenKeys + ",id");

        string.Join(',', ids).Should().Be("3,2,1", "american_express, master, visa");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
    }
}
