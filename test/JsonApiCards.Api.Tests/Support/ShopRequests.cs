using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.CreditCards;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>The requests a shop makes to set up customers, orders, cards and wallets, each checked to succeed.</summary>
internal static class ShopRequests
{
    public static async Task<string> CreateCustomerAsync(this HttpClient client, string email = "ann@example.com") =>
        await CreatedIdAsync(await client.PostCustomerAsync(email));

    public static Task<HttpResponseMessage> PostCustomerAsync(this HttpClient client, string email) =>
        client.PostDocumentAsync("/api/customers", $$"""{ "data": { "type": "customers", "attributes": { "email": "{{email}}" } } }""");

    public static async Task<string> CreateOrderAsync(this HttpClient client, string? customerId = null, string currencyCode = "EUR", long totalAmountCents = 4400) =>
        await CreatedIdAsync(await client.PostDocumentAsync("/api/orders", $$"""
            {
              "data": {
                "type": "orders",
                "attributes": { "currency_code": "{{currencyCode}}", "total_amount_cents": {{totalAmountCents}} }{{ToOne("customer", "customers", customerId)}}
              }
            }
            """));

    public static async Task<string> CreateCardAsync(this HttpClient client, string? orderId = null, string number = CreditCardRequests.VisaNumber) =>
        await CreatedIdAsync(await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number, relationships: ToOne("order", "orders", orderId))));

    public static async Task<string> SaveToWalletAsync(this HttpClient client, string customerId, string cardId) =>
        await CreatedIdAsync(await client.PostDocumentAsync("/api/customer_payment_sources", SaveToWallet(customerId, cardId)));

    public static string SaveToWallet(string? customerId, string? cardId, string attributes = "{}") => $$"""
        {
          "data": {
            "type": "customer_payment_sources",
            "attributes": {{attributes}},
            "relationships": {
              {{Linkage("customer", "customers", customerId)}},
              {{Linkage("payment_source", "credit_cards", cardId)}}
            }
          }
        }
        """;

    public static Task<HttpResponseMessage> PatchOrderAsync(this HttpClient client, string orderId, string attributes, string relationships = "") =>
        client.PatchDocumentAsync($"/api/orders/{orderId}", $$"""
            { "data": { "type": "orders", "id": "{{orderId}}", "attributes": {{attributes}}{{relationships}} } }
            """);

    /// <summary>Places an order that has a customer email and a payment source, and checks it worked.</summary>
    public static Task PlaceOrderAsync(this HttpClient client, string orderId) => client.ChangeOrderStatusAsync(orderId, "placed");

    /// <summary>Moves an order to another status, and checks it worked.</summary>
    public static async Task ChangeOrderStatusAsync(this HttpClient client, string orderId, string status)
    {
        var response = await client.PatchOrderAsync(orderId, $$"""{ "status": "{{status}}" }""");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>One attribute of a resource, as GET returns it.</summary>
    public static async Task<string?> AttributeAsync(this HttpClient client, string url, string attribute)
    {
        var response = await client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("attributes").GetProperty(attribute).GetString();
    }

    /// <summary>The id of a to-one relationship's linkage, or null when it is empty.</summary>
    public static async Task<string?> LinkedIdAsync(this HttpClient client, string relationshipUrl)
    {
        var response = await client.GetAsync(relationshipUrl);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        JsonElement data = document.RootElement.GetProperty("data");
        return data.ValueKind == JsonValueKind.Null ? null : data.GetProperty("id").GetString();
    }

    public static string ToOne(string relationship, string type, string? id) =>
        id is null ? "" : $$""", "relationships": { {{Linkage(relationship, type, id)}} }""";

    private static string Linkage(string relationship, string type, string? id) =>
        id is null ? $$"""
            "{{relationship}}": { "data": null }
            """ : $$"""
            "{{relationship}}": { "data": { "type": "{{type}}", "id": "{{id}}" } }
            """;

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }
}
