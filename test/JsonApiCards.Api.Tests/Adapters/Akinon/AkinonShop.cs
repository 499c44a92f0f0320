using System.Globalization;
using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Adapters.Akinon;

/// <summary>What the shop's integration sets up through <c>/api</c> before its customers use the storefront.</summary>
internal static class AkinonShop
{
    public const string Password = "correct horse battery";

    /// <summary>A customer with a password, as the integration gives one.</summary>
    public static async Task<string> CreateCustomerWithPasswordAsync(this HttpClient integration, string email, string password = Password)
    {
        string id = await integration.CreateCustomerAsync(email);
        using HttpResponseMessage response = await integration.PatchDocumentAsync($"/api/customers/{id}",
            $$$$"""{"data":{"type":"customers","id":"{{{{id}}}}","attributes":{"password":"{{{{password}}}}"}}}""");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return id;
    }

    /// <summary>A new card saved to the customer's wallet, optionally named; returns the wallet entry's id.</summary>
    public static async Task<string> SaveCardAsync(this HttpClient integration, string customerId, string number = "4111111111111111", string? name = null)
    {
        string card = await integration.CreateCardAsync(number: number);
        string attributes = name is null ? "{}" : $$"""{"name":"{{name}}"}""";
        using HttpResponseMessage response = await integration.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customerId, card, attributes));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
