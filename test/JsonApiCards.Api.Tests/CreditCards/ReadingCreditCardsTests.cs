using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Callers_of_each_mode_read_their_own_cards_by_id_and_never_the_other_modes()
    {
        var liveCard = CardsSeed.Cards(1)[0];
        liveCard.Mode = CardsMode.Live;
        await App.SeedAsync([.. CardsSeed.Cards(1), liveCard]);
        using HttpClient liveClient = App.CreateJsonApiClient(CardsMode.Live);

        // Interleaved, so that each mode's read runs after the other's has been compiled and cached.
        var reads = new List<(string Caller, string Card, HttpStatusCode Status)>();
        foreach (string card in new[] { "1", "2", "1", "2" })
        {
            reads.Add(("test", card, (await Client.GetAsync($"/api/credit_cards/{card}")).StatusCode));
            reads.Add(("live", card, (await liveClient.GetAsync($"/api/credit_cards/{card}")).StatusCode));
        }

        reads.Should().Equal(Enumerable.Repeat<(string, string, HttpStatusCode)[]>(
        [
            ("test", "1", HttpStatusCode.OK), ("live", "1", HttpStatusCode.NotFound),
            ("test", "2", HttpStatusCode.NotFound), ("live", "2", HttpStatusCode.OK),
        ], 2).SelectMany(round => round));
        (await liveClient.GetStringAsync("/api/credit_cards/2")).Should().Contain("\"meta\":{\"mode\":\"live\"}");
    }

    [Fact]
    public async Task Reading_one_card_costs_one_statement_that_sorts_nothing()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards/2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().ContainSingle().Which.Should().NotContain("ORDER BY").And.Contain("LIMIT 1")
            .And.NotContain("'test'", "the caller's mode is a parameter, so one statement serves every mode");
    }
}
