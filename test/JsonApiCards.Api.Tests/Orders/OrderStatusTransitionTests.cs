using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>The transition tables of <see cref="OrderStatus"/> and <see cref="OrderPaymentStatus"/>, through PATCH.</summary>
public sealed class OrderStatusTransitionTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("draft", "draft")]
    [InlineData("draft", "pending")]
    [InlineData("draft", "placed")]
    [InlineData("draft", "cancelled")]
    [InlineData("pending", "placed")]
    [InlineData("pending", "cancelled")]
    [InlineData("placed", "approved")]
    [InlineData("placed", "cancelled")]
    [InlineData("approved", "cancelled")]
    public async Task Allowed_status_changes_are_made(string from, string to)
    {
        await SeedReadyOrderAsync(status: from);

        await ChangeIsMadeAsync("status", to);
    }

    [Theory]
    [InlineData("draft", "approved", "allowed from there: pending, placed, cancelled")]
    [InlineData("pending", "draft", "allowed from there: placed, cancelled")]
    [InlineData("placed", "draft", "allowed from there: approved, cancelled")]
    [InlineData("placed", "pending", "allowed from there: approved, cancelled")]
    [InlineData("approved", "placed", "allowed from there: cancelled")]
    [InlineData("cancelled", "draft", "'cancelled' is final")]
    [InlineData("cancelled", "placed", "'cancelled' is final")]
    public async Task Other_status_changes_are_refused_naming_what_is_allowed(string from, string to, string allowed)
    {
        await SeedReadyOrderAsync(status: from);

        await ChangeIsRefusedAsync("status", from, to, $"The status cannot change from '{from}' to '{to}'; {allowed}.");
    }

    [Fact]
    public async Task An_unknown_status_is_refused()
    {
        await SeedReadyOrderAsync(status: OrderStatus.Draft);

        var response = await Client.PatchOrderAsync("1", """{ "status": "shipped" }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(OrderValidationTests.Invalid(
            "status", "'shipped' is not a status; expected one of draft, pending, placed, approved, cancelled."));
    }

    [Fact]
    public async Task Placing_needs_a_customer_email_and_a_payment_source()
    {
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchOrderAsync(order, """{ "status": "placed" }""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("unpaid", "authorized")]
    [InlineData("unpaid", "paid")]
    [InlineData("authorized", "paid")]
    [InlineData("authorized", "voided")]
    [InlineData("paid", "refunded")]
    public async Task Allowed_payment_status_changes_are_made(string from, string to)
    {
        await SeedReadyOrderAsync(status: OrderStatus.Placed, paymentStatus: from);

        await ChangeIsMadeAsync("payment_status", to);
    }

    [Theory]
    [InlineData("unpaid", "voided", "allowed from there: authorized, paid")]
    [InlineData("unpaid", "refunded", "allowed from there: authorized, paid")]
    [InlineData("paid", "unpaid", "allowed from there: refunded")]
    [InlineData("voided", "paid", "'voided' is final")]
    [InlineData("refunded", "paid", "'refunded' is final")]
    public async Task Other_payment_status_changes_are_refused(string from, string to, string allowed)
    {
        await SeedReadyOrderAsync(status: OrderStatus.Placed, paymentStatus: from);

        await ChangeIsRefusedAsync("payment_status", from, to, $"The payment status cannot change from '{from}' to '{to}'; {allowed}.");
    }

    [Fact]
    public async Task An_unknown_payment_status_is_refused()
    {
        await SeedReadyOrderAsync(status: OrderStatus.Placed);

        var response = await Client.PatchOrderAsync("1", """{ "payment_status": "settled" }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(OrderValidationTests.Invalid(
            "payment_status", "'settled' is not a payment status; expected one of unpaid, authorized, paid, voided, refunded."));
    }

    [Fact]
    public async Task The_customer_and_payment_source_of_a_placed_order_are_fixed()
    {
        await SeedReadyOrderAsync(status: OrderStatus.Placed);
        await App.SeedAsync(new Customer { Email = "bob@example.com" }, CardsSeed.Cards(1)[0]);

        var response = await Client.PatchOrderAsync("1", "{}", """
            , "relationships": {
                "customer": { "data": { "type": "customers", "id": "2" } },
                "payment_source": { "data": { "type": "credit_cards", "id": "2" } }
              }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_payment_source_of_a_draft_order_can_change()
    {
        await SeedReadyOrderAsync(status: OrderStatus.Draft);
        await App.SeedAsync(CardsSeed.Cards(1)[0]);

        var response = await Client.PatchOrderAsync("1", "{}", ShopRequests.ToOne("payment_source", "credit_cards", "2"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.LinkedIdAsync("/api/orders/1/relationships/payment_source")).Should().Be("2");
    }

    private async Task ChangeIsMadeAsync(string attribute, string to)
    {
        var response = await Client.PatchOrderAsync("1", $$"""{ "{{attribute}}": "{{to}}" }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Client.AttributeAsync("/api/orders/1", attribute)).Should().Be(to);
    }

    /// <summary>The change is a 422 on the attribute with exactly <paramref name="detail"/>, and the order keeps its value.</summary>
    private async Task ChangeIsRefusedAsync(string attribute, string from, string to, string detail)
    {
        var response = await Client.PatchOrderAsync("1", $$"""{ "{{attribute}}": "{{to}}" }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(OrderValidationTests.Invalid(attribute, detail));
        (await Client.AttributeAsync("/api/orders/1", attribute)).Should().Be(from);
    }

    /// <summary>Order 1 of customer 1 with card 1 as its payment source, so it may be placed.</summary>
    private Task SeedReadyOrderAsync(string status, string paymentStatus = OrderPaymentStatus.Unpaid)
    {
        var customer = new Customer { Email = "ann@example.com" };
        return App.SeedAsync(new Order
        {
            Number = "ORDER00001",
            Status = status,
            PaymentStatus = paymentStatus,
            CurrencyCode = "EUR",
            Customer = customer,
            CustomerEmail = customer.Email,
            PaymentSource = CardsSeed.Cards(1)[0],
        });
    }
}
