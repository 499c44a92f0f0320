using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Customers;

public sealed class IncludeAcrossResourcesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>The walk-through of the README: a customer, an order, a card attached to it, the card saved to the wallet, the order placed.</summary>
    [Fact]
    public async Task A_customer_with_wallet_cards_and_orders_in_one_document()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        await Client.SaveToWalletAsync(customer, card);
        await Client.PlaceOrderAsync(order);

        var response = await Client.GetAsync($"/api/customers/{customer}?include=customer_payment_sources.payment_source,orders");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response, App.Placeholders());
    }
}
