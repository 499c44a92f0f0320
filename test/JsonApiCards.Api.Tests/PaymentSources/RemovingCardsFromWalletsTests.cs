using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.PaymentSources;

/// <summary>A card is retained while a wallet holds it: deleting the last payment source of a card returns it to cached.</summary>
public sealed class RemovingCardsFromWalletsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Deleting_the_last_payment_source_of_a_card_returns_it_to_cached()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        string saved = await Client.SaveToWalletAsync(customer, card);

        var response = await Client.DeleteAsync($"/api/customer_payment_sources/{saved}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("cached");
    }

    [Fact]
    public async Task A_card_another_wallet_still_holds_stays_retained()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string card = await Client.CreateCardAsync();
        string annsEntry = await Client.SaveToWalletAsync(ann, card);
        await Client.SaveToWalletAsync(bob, card);

        var response = await Client.DeleteAsync($"/api/customer_payment_sources/{annsEntry}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("retained");
    }
}
