using System.Net;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.PaymentSources;

public sealed class SavingCardsToWalletsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Saving_a_card_names_it_after_the_card_generates_tokens_and_retains_the_card()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources?include=payment_source", ShopRequests.SaveToWallet(customer, card));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await Snapshot.MatchAsync(response, App.Placeholders());
    }

    [Fact]
    public async Task Tokens_are_url_safe_random_and_unique()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string card = await Client.CreateCardAsync();
        await Client.SaveToWalletAsync(ann, card);
        await Client.SaveToWalletAsync(bob, card);

        await using var db = App.CreateDbContext();
        var tokens = db.CustomerPaymentSources.AsEnumerable().SelectMany(source => new[] { source.CustomerToken, source.PaymentSourceToken }).ToList();
        tokens.Should().HaveCount(4).And.OnlyHaveUniqueItems()
            .And.AllSatisfy(token => token.Should().MatchRegex($"^[A-Za-z0-9_-]{{{OpaqueToken.Length}}}$"));
    }

    [Fact]
    public async Task A_label_given_by_the_client_names_the_payment_source()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card, """{ "name": " My Visa " }"""));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Client.AttributeAsync(response.Headers.Location!.ToString(), "name")).Should().Be("My Visa");
    }

    [Fact]
    public async Task Clearing_the_label_falls_back_to_the_cards_name()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card, """{ "name": "My Visa" }"""));

        var response = await Client.PatchDocumentAsync("/api/customer_payment_sources/1", """
            { "data": { "type": "customer_payment_sources", "id": "1", "attributes": { "name": "" } } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.AttributeAsync("/api/customer_payment_sources/1", "name")).Should().Be("XXXX-XXXX-XXXX-1111");
    }

    [Fact]
    public async Task A_label_longer_than_100_characters_is_refused()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card, $$"""{ "name": "{{new string('n', 101)}}" }"""));

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_ATTRIBUTE", "Input validation failed.", "The name may not be longer than 100 characters.", "/data/attributes/name", null, null));
    }

    [Theory]
    [InlineData("customer_token")]
    [InlineData("payment_source_token")]
    public async Task Tokens_cannot_be_written(string attribute)
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card, $$"""{ "{{attribute}}": "mine" }"""));

        (await ErrorDocument.SingleAsync(response)).Should().BeEquivalentTo(new { Status = "422", Code = "READ_ONLY_ATTRIBUTE", Pointer = "/data/attributes/" + attribute });
    }

    [Fact]
    public async Task A_payment_source_needs_a_customer_and_a_card()
    {
        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", """
            { "data": { "type": "customer_payment_sources", "attributes": { "name": "Mine" } } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_card_already_in_the_customers_wallet_is_a_conflict()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        await Client.SaveToWalletAsync(customer, card);

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response);
        (await Client.GetIdsAsync("/api/customer_payment_sources")).Should().Equal("1");
    }

    [Fact]
    public async Task A_redacted_card_cannot_be_saved()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        await using (var db = App.CreateDbContext())
        {
            await db.CreditCards.ExecuteUpdateAsync(setters => setters.SetProperty(item => item.StorageState, CardStorageState.Redacted));
        }

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customer, card));

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_RELATIONSHIP", "Input validation failed.", "A redacted card has no number left to pay with and cannot be saved to a wallet.", "/data/relationships/payment_source", null, null));
    }

    [Fact]
    public async Task The_customer_and_card_of_a_payment_source_cannot_change()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string card = await Client.CreateCardAsync();
        string other = await Client.CreateCardAsync(number: "5555555555554444");
        string saved = await Client.SaveToWalletAsync(ann, card);

        var response = await Client.PatchDocumentAsync($"/api/customer_payment_sources/{saved}", $$"""
            {
              "data": {
                "type": "customer_payment_sources", "id": "{{saved}}",
                "relationships": {
                  "customer": { "data": { "type": "customers", "id": "{{bob}}" } },
                  "payment_source": { "data": { "type": "credit_cards", "id": "{{other}}" } }
                }
              }
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }
}
