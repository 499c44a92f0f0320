using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

public sealed class OrderValidationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_order_without_a_currency_is_refused()
    {
        var response = await Client.PostDocumentAsync("/api/orders", """{ "data": { "type": "orders", "attributes": { "total_amount_cents": 100 } } }""");

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData(" ", "The currency code is required.")]
    [InlineData("EURO", "'EURO' is not an ISO 4217 currency code.")]
    [InlineData("xyz", "'XYZ' is not an ISO 4217 currency code.")]
    [InlineData("XAU", "'XAU' is not an ISO 4217 currency code.")]
    [InlineData("HRK", "'HRK' is not an ISO 4217 currency code.")]
    public async Task A_currency_that_is_not_an_iso_4217_code_is_refused(string currencyCode, string detail)
    {
        var response = await Client.PostDocumentAsync("/api/orders", $$"""{ "data": { "type": "orders", "attributes": { "currency_code": "{{currencyCode}}" } } }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(Invalid("currency_code", detail));
    }

    [Fact]
    public async Task A_negative_total_is_refused()
    {
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchOrderAsync(order, """{ "total_amount_cents": -1 }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(Invalid("total_amount_cents", "The total amount may not be negative."));
    }

    [Fact]
    public async Task An_invalid_customer_email_is_refused()
    {
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchOrderAsync(order, """{ "customer_email": "ann@" }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(Invalid("customer_email", "The email is not a valid email address."));
    }

    [Fact]
    public async Task The_status_cannot_be_given_on_create()
    {
        var response = await Client.PostDocumentAsync("/api/orders", """{ "data": { "type": "orders", "attributes": { "currency_code": "EUR", "status": "placed" } } }""");

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "READ_ONLY_ATTRIBUTE", "Attribute cannot be written.", "'status' cannot be set when creating orders.", "/data/attributes/status", null, null));
    }

    [Fact]
    public async Task Every_problem_of_an_order_is_reported_at_once()
    {
        var response = await Client.PostDocumentAsync("/api/orders", """
            { "data": { "type": "orders", "attributes": { "currency_code": "ZZZ", "total_amount_cents": -5, "customer_email": "nobody" } } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response);
    }

    internal static ErrorDocument.ErrorItem Invalid(string attribute, string detail) =>
        new("422", "INVALID_ATTRIBUTE", "Input validation failed.", detail, "/data/attributes/" + attribute, null, null);
}
