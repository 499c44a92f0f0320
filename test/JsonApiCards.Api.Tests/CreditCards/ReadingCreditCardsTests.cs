using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.CreditCards;

public sealed class ReadingCreditCardsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Listing_returns_the_cards_with_counts_and_paging_links()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: "5555555555554444", firstName: "Jane"));

        var response = await Client.GetAsync("/api/credit_cards");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task An_empty_list_has_no_pages()
    {
        var response = await Client.GetAsync("/api/credit_cards");

        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Retrieving_a_card_returns_it()
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.GetAsync("/api/credit_cards/1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("/api/credit_cards/99")]
    [InlineData("/api/credit_cards/abc")]
    [InlineData("/api/credit_cards/-1")]
    public async Task A_card_that_does_not_exist_is_a_404(string url)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("RESOURCE_NOT_FOUND");
    }

    [Fact]
    public async Task A_card_of_the_other_mode_is_invisible()
    {
        await App.SeedAsync(new Api.CreditCards.CreditCard { Mode = "live", FirstName = "Live", LastName = "Card", Month = "10", Year = "2030", CardType = "visa", LastFour = "1111" });

        (await Client.GetAsync("/api/credit_cards/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.GetStringAsync("/api/credit_cards")).Should().Contain("\"record_count\":0");
    }

    [Fact]
    public async Task Reading_one_card_costs_one_statement_that_sorts_nothing()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards/2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().ContainSingle().Which.Should().NotContain("ORDER BY").And.Contain("LIMIT 1");
    }
}
