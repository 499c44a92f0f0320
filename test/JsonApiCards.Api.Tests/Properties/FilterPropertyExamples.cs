using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Properties;

/// <summary>The failures <see cref="SqlFilterProperties"/> found, kept as plain examples on both databases.</summary>
public sealed class FilterPropertyExamples(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("filter=startsWith(first_name,'\U0001D518')", "1")]
    [InlineData("filter=endsWith(first_name,'\U0001D518')", "2")]
    [InlineData("filter=startsWith(first_name,'ﬀ\U0001D518')", "2")]
    [InlineData("filter[q][first_name_not_start]=ﬀ\U0001D518", "1,3")]
    [InlineData("filter[q][first_name_end]=\U0001D518", "2")]
    public async Task A_text_match_counts_a_character_outside_the_bmp_as_one_character(string query, string expectedIds)
    {
        await SeedFirstNamesAsync("\U0001D518lf", "ﬀ\U0001D518", "Ann");

        var ids = await Client.GetIdsAsync("/api/credit_cards?" + query);

        string.Join(',', ids).Should().Be(expectedIds);
    }

    [Fact]
    public async Task Text_orders_by_code_point_so_a_character_outside_the_bmp_sorts_after_every_one_inside_it()
    {
        await SeedFirstNamesAsync("\U0001D518lf", "ﬀ\U0001D518", "Ann");

        (await Client.GetIdsAsync("/api/credit_cards?filter=greaterThan(first_name,'\U0001D518')")).Should().Equal("1");
        (await Client.GetIdsAsync("/api/credit_cards?filter=not(greaterThan(first_name,'\U0001D518'''))")).Should().Equal("2", "3");
    }

    private async Task SeedFirstNamesAsync(params string[] firstNames)
    {
        var cards = CardsSeed.Cards(firstNames.Length);
        for (int index = 0; index < firstNames.Length; index++)
        {
            cards[index].FirstName = firstNames[index];
        }

        await App.SeedAsync([.. cards]);
    }
}
