using System.Net;
using JsonApiCards.Api.Tests.Relationships;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>
/// An order is paid with a card of its own customer, whoever writes it: a card in the customer's wallet, on or paying one
/// of the customer's orders, or a fresh card tied to no customer yet. A card of another customer is a 422 on the side of
/// the write that names it, and nothing changes.
/// </summary>
public sealed class PaymentSourceOwnershipTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_integration_cannot_pay_a_customers_order_with_a_card_in_another_customers_wallet()
    {
        var (annOrder, _, bobWalletCard) = await AnnAndBobAsync();

        var response = await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/payment_source", PaymentSource(bobWalletCard));

        var error = await ErrorDocument.SingleAsync(response);
        (error.Status, error.Code, error.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data"));
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/payment_source")).Should().BeNull();
    }

    [Fact]
    public async Task The_refusal_points_at_the_payment_source_of_an_order_body_on_create_and_on_update()
    {
        var (annOrder, _, bobWalletCard) = await AnnAndBobAsync();
        string ann = (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/customer"))!;

        var update = await Client.PatchOrderAsync(annOrder, "{}", ShopRequests.ToOne("payment_source", "credit_cards", bobWalletCard));
        var create = await Client.PostDocumentAsync("/api/orders", $$"""
            { "data": { "type": "orders", "attributes": { "currency_code": "EUR", "total_amount_cents": 100 },
                        "relationships": { "customer": { "data": { "type": "customers", "id": "{{ann}}" } },
                                           "payment_source": { "data": { "type": "credit_cards", "id": "{{bobWalletCard}}" } } } } }
            """);

        foreach (var response in new[] { update, create })
        {
            var error = await ErrorDocument.SingleAsync(response);
            (error.Status, error.Code, error.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data/relationships/payment_source"));
        }

        (await Client.GetIdsAsync("/api/orders")).Should().HaveCount(2, "only Ann's and Bob's seeded orders exist");
    }

    [Fact]
    public async Task An_integration_pays_a_customers_order_with_a_card_in_that_customers_wallet()
    {
        var (annOrder, annWalletCard, _) = await AnnAndBobAsync();

        var response = await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/payment_source", PaymentSource(annWalletCard));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/payment_source")).Should().Be(annWalletCard);
    }

    [Fact]
    public async Task A_fresh_card_pays_a_customers_order_and_is_then_saved_to_that_customers_wallet()
    {
        var (annOrder, _, _) = await AnnAndBobAsync();
        string ann = (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/customer"))!;
        string fresh = await Client.CreateCardAsync();

        var response = await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/payment_source", PaymentSource(fresh));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        await Client.SaveToWalletAsync(ann, fresh);
        await Client.PlaceOrderAsync(annOrder);
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/payment_source")).Should().Be(fresh);
    }

    [Fact]
    public async Task A_card_on_another_customers_order_cannot_pay_for_this_customers_order()
    {
        var (annOrder, _, _) = await AnnAndBobAsync();
        string carol = await Client.CreateCustomerAsync("carol@example.com");
        string carolOrder = await Client.CreateOrderAsync(carol);
        string carolOrderCard = await Client.CreateCardAsync(carolOrder);

        var response = await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/payment_source", PaymentSource(carolOrderCard));

        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("INVALID_RELATIONSHIP");
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/payment_source")).Should().BeNull();
    }

    [Fact]
    public async Task Setting_a_cards_order_to_another_customers_order_is_refused_on_the_cards_order()
    {
        var (annOrder, _, bobWalletCard) = await AnnAndBobAsync();

        var response = await Client.PatchDocumentAsync($"/api/credit_cards/{bobWalletCard}/relationships/order", $$$"""{"data":{"type":"orders","id":"{{{annOrder}}}"}}""");

        var error = await ErrorDocument.SingleAsync(response);
        (error.Status, error.Code, error.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data"));
        (await Client.LinkedIdAsync($"/api/credit_cards/{bobWalletCard}/relationships/order")).Should().BeNull();
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/payment_source")).Should().BeNull();
    }

    [Fact]
    public async Task An_order_paid_with_a_saved_card_cannot_move_to_another_customer_from_either_side()
    {
        var (annOrder, annWalletCard, _) = await AnnAndBobAsync();
        string ann = (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/customer"))!;
        string bob = (await Client.GetIdsAsync("/api/customers")).Single(id => id != ann);
        await (await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/payment_source", PaymentSource(annWalletCard))).ShouldBeNoContentAsync();

        var throughOrder = await Client.PatchDocumentAsync($"/api/orders/{annOrder}/relationships/customer", $$$"""{"data":{"type":"customers","id":"{{{bob}}}"}}""");
        var throughCustomer = await Client.PostDocumentAsync($"/api/customers/{bob}/relationships/orders", $$"""{"data":[{"type":"orders","id":"{{annOrder}}"}]}""");

        (await ErrorDocument.SingleAsync(throughOrder)).Code.Should().Be("INVALID_RELATIONSHIP");
        (await ErrorDocument.SingleAsync(throughCustomer)).Code.Should().Be("INVALID_RELATIONSHIP");
        (await Client.LinkedIdAsync($"/api/orders/{annOrder}/relationships/customer")).Should().Be(ann);
    }

    [Fact]
    public async Task An_order_whose_card_is_tied_to_no_one_else_moves_to_another_customer_with_it()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string order = await Client.CreateOrderAsync(ann);
        await Client.CreateCardAsync(order);

        var response = await Client.PatchDocumentAsync($"/api/orders/{order}/relationships/customer", $$$"""{"data":{"type":"customers","id":"{{{bob}}}"}}""");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Ann's open order with no payment source, a card in Ann's wallet, and a card in Bob's.</summary>
    private async Task<(string AnnOrder, string AnnWalletCard, string BobWalletCard)> AnnAndBobAsync()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string annOrder = await Client.CreateOrderAsync(ann);
        string annWalletCard = await Client.CreateCardAsync();
        await Client.SaveToWalletAsync(ann, annWalletCard);
        string bobWalletCard = await Client.CreateCardAsync();
        await Client.SaveToWalletAsync(bob, bobWalletCard);
        await Client.CreateOrderAsync(bob);
        return (annOrder, annWalletCard, bobWalletCard);
    }

    private static string PaymentSource(string cardId) => $$$"""{"data":{"type":"credit_cards","id":"{{{cardId}}}"}}""";
}
