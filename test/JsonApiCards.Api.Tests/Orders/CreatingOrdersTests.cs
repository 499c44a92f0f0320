using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

public sealed class CreatingOrdersTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string NumberPattern = "^[0-9A-HJKMNP-TV-Z]{10}$";

    [Fact]
    public async Task A_new_order_is_an_unpaid_draft_with_a_generated_number_and_the_customers_email()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        var response = await PostOrderOfAsync(customer, """{ "currency_code": "eur", "total_amount_cents": 123456 }""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        await Snapshot.MatchAsync(response, App.Placeholders());
    }

    [Fact]
    public async Task Order_numbers_are_ten_crockford_base32_characters_and_differ_from_order_to_order()
    {
        for (int index = 0; index < 20; index++)
        {
            await Client.CreateOrderAsync();
        }

        await using var db = App.CreateDbContext();
        var numbers = db.Orders.Select(order => order.Number).ToList();
        numbers.Should().HaveCount(20).And.OnlyHaveUniqueItems().And.AllSatisfy(number => number.Should().MatchRegex(NumberPattern));
    }

    [Fact]
    public async Task The_number_cannot_be_given_on_create()
    {
        var response = await Client.PostDocumentAsync("/api/orders", """
            { "data": { "type": "orders", "attributes": { "currency_code": "EUR", "number": "MINE" } } }
            """);

        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "422", "READ_ONLY_ATTRIBUTE", "Attribute cannot be written.", "'number' cannot be set when creating orders.", "/data/attributes/number", null, null));
    }

    [Fact]
    public async Task The_number_cannot_be_changed()
    {
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchOrderAsync(order, """{ "number": "MINE" }""");

        // The detail is the layer's wording for every read-only attribute; this test owns only the rule.
        (await ErrorDocument.SingleAsync(response)).Should().BeEquivalentTo(new { Status = "422", Code = "READ_ONLY_ATTRIBUTE", Pointer = "/data/attributes/number" });
    }

    [Fact]
    public async Task A_customer_email_given_with_the_customer_is_kept()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");

        var response = await PostOrderOfAsync(customer, """{ "currency_code": "EUR", "customer_email": " Billing@Example.com" }""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        (await Client.AttributeAsync(response.Headers.Location!.ToString(), "customer_email")).Should().Be("billing@example.com");
    }

    [Fact]
    public async Task Setting_the_customer_later_copies_their_email()
    {
        string customer = await Client.CreateCustomerAsync("ann@example.com");
        string order = await Client.CreateOrderAsync();

        var response = await Client.PatchOrderAsync(order, "{}", ShopRequests.ToOne("customer", "customers", customer));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.AttributeAsync($"/api/orders/{order}", "customer_email")).Should().Be("ann@example.com");
    }

    [Theory]
    [InlineData("EUR", 4400, "€44,00")]
    [InlineData("EUR", 123456789, "€1.234.567,89")]
    [InlineData("USD", 4400, "$44.00")]
    [InlineData("USD", 5, "$0.05")]
    [InlineData("JPY", 4400, "¥4,400")]
    [InlineData("KWD", 1500, "KWD 1.500")]
    [InlineData("SEK", 99900, "SEK 999.00")]
    public async Task The_formatted_total_follows_the_currency(string currencyCode, long cents, string formatted)
    {
        string order = await Client.CreateOrderAsync(currencyCode: currencyCode, totalAmountCents: cents);

        (await Client.AttributeAsync($"/api/orders/{order}", "formatted_total_amount")).Should().Be(formatted);
    }

    private Task<HttpResponseMessage> PostOrderOfAsync(string customer, string attributes) =>
        Client.PostDocumentAsync("/api/orders", $$"""
            {
              "data": {
                "type": "orders",
                "attributes": {{attributes}},
                "relationships": { "customer": { "data": { "type": "customers", "id": "{{customer}}" } } }
              }
            }
            """);
}
