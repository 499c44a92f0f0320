using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>Once an order is placed, what the customer agreed to pay and where the receipt goes are the shop's record.</summary>
public sealed class FrozenOrderFieldsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("placed", """{ "total_amount_cents": 1 }""", "total_amount_cents", "The total amount cents cannot change once the order is placed.")]
    [InlineData("approved", """{ "currency_code": "USD" }""", "currency_code", "The currency code cannot change once the order is approved.")]
    [InlineData("cancelled", """{ "customer_email": "bob@example.com" }""", "customer_email", "The customer email cannot change once the order is cancelled.")]
    public async Task A_placed_orders_amount_currency_and_email_cannot_change(string status, string attributes, string attribute, string detail)
    {
        await SeedOrderAsync(status);

        var response = await Client.PatchOrderAsync("1", attributes);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.SingleAsync(response)).Should().Be(OrderValidationTests.Invalid(attribute, detail));
        (await StoredAsync(attribute)).Should().Be(new Dictionary<string, string> { ["total_amount_cents"] = "4400", ["currency_code"] = "\"EUR\"", ["customer_email"] = "\"ann@example.com\"" }[attribute]);
    }

    [Fact]
    public async Task Every_frozen_field_changed_at_once_is_reported()
    {
        await SeedOrderAsync(OrderStatus.Placed);

        var response = await Client.PatchOrderAsync("1", """{ "total_amount_cents": 1, "currency_code": "USD", "customer_email": "bob@example.com" }""");

        (await ErrorDocument.ReadAsync(response)).Select(error => error.Pointer).Should().Equal(
            "/data/attributes/total_amount_cents", "/data/attributes/currency_code", "/data/attributes/customer_email");
    }

    [Theory]
    [InlineData("placed", """{ "total_amount_cents": 4400, "currency_code": "eur", "customer_email": "ANN@example.com", "reference": "r-1" }""")]
    [InlineData("draft", """{ "total_amount_cents": 1, "currency_code": "USD", "customer_email": "bob@example.com" }""")]
    [InlineData("pending", """{ "total_amount_cents": 1, "currency_code": "USD", "customer_email": "bob@example.com" }""")]
    public async Task An_open_order_changes_freely_and_a_placed_one_takes_the_same_values_again(string status, string attributes)
    {
        await SeedOrderAsync(status);

        var response = await Client.PatchOrderAsync("1", attributes);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_request_that_places_an_order_may_still_set_its_amount()
    {
        await SeedOrderAsync(OrderStatus.Pending);

        var response = await Client.PatchOrderAsync("1", """{ "status": "placed", "total_amount_cents": 5000 }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StoredAsync("total_amount_cents")).Should().Be("5000");
    }

    private async Task<string> StoredAsync(string attribute)
    {
        using var document = System.Text.Json.JsonDocument.Parse(await Client.GetStringAsync("/api/orders/1"));
        return document.RootElement.GetProperty("data").GetProperty("attributes").GetProperty(attribute).GetRawText();
    }

    private Task SeedOrderAsync(string status)
    {
        var customer = new Customer { Email = "ann@example.com" };
        return App.SeedAsync(new Order
        {
            Number = "ORDER00001",
            Status = status,
            CurrencyCode = "EUR",
            TotalAmountCents = 4400,
            Customer = customer,
            CustomerEmail = customer.Email,
            PaymentSource = CardsSeed.Cards(1)[0],
        });
    }
}
