using System.Net;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>Setting a card's <c>order</c> makes the card that order's payment source, in the same write.</summary>
public sealed class CardAsPaymentSourceTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_card_created_for_an_order_becomes_its_payment_source()
    {
        string order = await Client.CreateOrderAsync();

        string card = await Client.CreateCardAsync(order);

        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().Be(card);
    }

    [Fact]
    public async Task Moving_a_card_to_another_order_makes_it_that_orders_payment_source()
    {
        string first = await Client.CreateOrderAsync();
        string second = await Client.CreateOrderAsync();
        string card = await Client.CreateCardAsync(first);

        var response = await Client.PatchDocumentAsync($"/api/credit_cards/{card}", $$"""
            { "data": { "type": "credit_cards", "id": "{{card}}"{{ShopRequests.ToOne("order", "orders", second)}} } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Client.LinkedIdAsync($"/api/orders/{second}/relationships/payment_source")).Should().Be(card);
        (await Client.LinkedIdAsync($"/api/orders/{first}/relationships/payment_source")).Should().Be(card, "the first order keeps the card it was placed with until it is given another");
    }

    [Fact]
    public async Task A_card_cannot_become_the_payment_source_of_a_placed_order()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string paying = await Client.CreateCardAsync(order);
        await Client.PlaceOrderAsync(order);

        var response = await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(relationships: ShopRequests.ToOne("order", "orders", order)));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, App.Placeholders());
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().Be(paying);
        (await Client.GetIdsAsync("/api/credit_cards")).Should().Equal(paying);
    }
}
