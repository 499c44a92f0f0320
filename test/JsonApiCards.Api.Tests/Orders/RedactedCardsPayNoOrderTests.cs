using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>
/// A redacted card has no number left to pay with: it cannot become an order's payment source, from either side, and an
/// order whose card was redacted while it waited cannot be placed with it. Orders it already paid keep it.
/// </summary>
public sealed class RedactedCardsPayNoOrderTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_redacted_card_cannot_pay_a_new_order()
    {
        string card = await RedactedCardAsync();

        var response = await Client.PostDocumentAsync("/api/orders", $$"""
            {
              "data": {
                "type": "orders",
                "attributes": { "currency_code": "EUR", "total_amount_cents": 4400 },
                "relationships": { "payment_source": { "data": { "type": "credit_cards", "id": "{{card}}" } } }
              }
            }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_RELATIONSHIP", "Input validation failed.", "Credit card 1 is redacted: its number has been erased, so it cannot pay an order. Create the card again.",
            "/data/relationships/payment_source", null, null));
        (await Client.GetIdsAsync("/api/orders")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_redacted_card_cannot_be_set_through_the_orders_payment_source_relationship()
    {
        string card = await RedactedCardAsync();
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchDocumentAsync($"/api/orders/{order}/relationships/payment_source", $$"""{ "data": { "type": "credit_cards", "id": "{{card}}" } }""");

        (await ErrorDocument.SingleAsync(response)).Should().BeEquivalentTo(new { Status = "422", Code = "INVALID_RELATIONSHIP", Pointer = "/data" });
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().BeNull();
    }

    [Fact]
    public async Task A_redacted_card_cannot_be_put_on_an_order_through_the_cards_order()
    {
        string card = await RedactedCardAsync();
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchDocumentAsync($"/api/credit_cards/{card}", $$"""
            { "data": { "type": "credit_cards", "id": "{{card}}"{{ShopRequests.ToOne("order", "orders", order)}} } }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().BeEquivalentTo(new
        {
            Status = "422",
            Code = "INVALID_RELATIONSHIP",
            Detail = $"Credit card {card} is redacted: its number has been erased, so it cannot pay order {await NumberOfAsync(order)}.",
            Pointer = "/data/relationships/order",
        });
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().BeNull();
    }

    [Fact]
    public async Task An_order_whose_card_was_redacted_while_it_waited_cannot_be_placed()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        App.Clock.Advance(CardLifecycle.CachedCardLifetime + TimeSpan.FromMinutes(1));
        (await App.RunRedactionPassAsync()).Should().Be(1);

        var response = await Client.PatchOrderAsync(order, """{ "status": "placed" }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "INVALID_ATTRIBUTE", "Input validation failed.",
            $"The payment source, credit card {card}, is redacted: its number has been erased, so the order cannot be placed with it. Set another payment source.",
            "/data/attributes/status", null, null));
        (await Client.AttributeAsync($"/api/orders/{order}", "status")).Should().Be("draft");
    }

    [Fact]
    public async Task An_order_keeps_a_card_redacted_after_it_was_placed_and_changes_as_before()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        await Client.PlaceOrderAsync(order);
        App.Clock.Advance(CardLifecycle.CachedCardLifetime + TimeSpan.FromMinutes(1));
        (await App.RunRedactionPassAsync()).Should().Be(1);

        await Client.ChangeOrderStatusAsync(order, "approved");

        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().Be(card);
    }

    private async Task<string> RedactedCardAsync()
    {
        string card = await Client.CreateCardAsync();
        App.Clock.Advance(CardLifecycle.CachedCardLifetime + TimeSpan.FromMinutes(1));
        (await App.RunRedactionPassAsync()).Should().Be(1);
        return card;
    }

    private async Task<string?> NumberOfAsync(string order) => await Client.AttributeAsync($"/api/orders/{order}", "number");
}
