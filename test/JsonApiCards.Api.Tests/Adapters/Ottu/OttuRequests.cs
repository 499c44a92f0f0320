using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Adapters.Ottu;

/// <summary>What a merchant's Ottu client sends, and the shop's JSON:API setup of the wallets it reads.</summary>
internal static class OttuRequests
{
    public const string CardsUrl = "/b/pbl/v2/card/";

    /// <summary>A new API key of the mode, as <c>api-keys create</c> makes it.</summary>
    public static async Task<string> CreateApiKeyAsync(this JsonApiCardsApplication app, string mode, string name = "merchant")
    {
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync(mode, name, CancellationToken.None)).Secret;
    }

    /// <summary>A plain HTTP client (no JSON:API media type) sending <c>Authorization: Api-Key &lt;key&gt;</c>, or nothing.</summary>
    public static HttpClient CreateOttuClient(this JsonApiCardsApplication app, string? apiKey)
    {
        HttpClient client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Api-Key " + apiKey);
        }

        return client;
    }

    public static Task<HttpResponseMessage> PostCardsJsonAsync(this HttpClient client, string json) =>
        client.PostAsync(CardsUrl, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> DeleteCardAsync(this HttpClient client, string token, string query) =>
        client.DeleteAsync($"{CardsUrl}{token}/?{query}");

    /// <summary>A customer of the given reference (Ottu's <c>customer_id</c>), made through JSON:API; returns its id.</summary>
    public static async Task<string> CreateCustomerWithReferenceAsync(this HttpClient client, string reference, string email)
    {
        var response = await client.PostDocumentAsync("/api/customers",
            $$"""{ "data": { "type": "customers", "attributes": { "email": "{{email}}", "reference": "{{reference}}" } } }""");
        return await IdOfCreatedAsync(response);
    }

    /// <summary>A card saved to the customer's wallet through JSON:API; returns the wallet entry's id and payment source token.</summary>
    public static async Task<(string Id, string Token)> SaveCardAsync(
        this HttpClient client, string customerId, string number = CreditCardRequests.VisaNumber, string month = "10", string year = "2030", string walletAttributes = "{}")
    {
        string cardId = await IdOfCreatedAsync(await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create(number: number, month: month, year: year)));
        var response = await client.PostDocumentAsync("/api/customer_payment_sources", ShopRequests.SaveToWallet(customerId, cardId, walletAttributes));
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        using var document = JsonDocument.Parse(body);
        JsonElement data = document.RootElement.GetProperty("data");
        return (data.GetProperty("id").GetString()!, data.GetProperty("attributes").GetProperty("payment_source_token").GetString()!);
    }

    /// <summary>The response body, checked to be a 200 JSON array.</summary>
    public static async Task<JsonElement> ReadCardsAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonElement cards = JsonDocument.Parse(body).RootElement;
        cards.ValueKind.Should().Be(JsonValueKind.Array);
        return cards;
    }

    /// <summary>Checks the response is an error of Ottu's shape with this status and exactly this body.</summary>
    public static async Task ShouldBeOttuErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string expectedJson)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonSerializer.Serialize(JsonDocument.Parse(body).RootElement).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(expectedJson).RootElement));
    }

    private static async Task<string> IdOfCreatedAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("id").GetString()!;
    }
}
