using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.Adapters.Akinon;
using JsonApiCards.Api.Tests.Adapters.Ottu;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JsonApiCards.Api.Tests.Adapters;

/// <summary>One truth: a wallet entry written through any of the three surfaces is what the other two show, at once.</summary>
public sealed class OneWalletThreeShapesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_card_saved_through_jsonapi_shows_with_one_token_in_both_adapters_and_a_delete_through_ottu_shows_everywhere()
    {
        string customer = await Client.CreateCustomerWithReferenceAsync("shop-customer-7", "ann@example.com");
        (await Client.PatchDocumentAsync($"/api/customers/{customer}",
            $$$$"""{"data":{"type":"customers","id":"{{{{customer}}}}","attributes":{"password":"{{{{AkinonShop.Password}}}}"}}}""")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (entry, token) = await OttuRequests.SaveCardAsync(Client, customer);
        using var storefront = new AkinonStorefront(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await storefront.SignInAsync("ann@example.com", AkinonShop.Password);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync("test"));

        (await AkinonTokensAsync(storefront)).Should().Equal(token);
        (await OttuTokensAsync(ottu)).Should().Equal(token);

        (await ottu.DeleteCardAsync(token, "customer_id=shop-customer-7&type=sandbox")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await Client.GetAsync($"/api/customer_payment_sources/{entry}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await AkinonTokensAsync(storefront)).Should().BeEmpty();
        (await OttuTokensAsync(ottu)).Should().BeEmpty();
    }

    private static async Task<List<string>> AkinonTokensAsync(AkinonStorefront storefront)
    {
        using HttpResponseMessage response = await storefront.GetAsync("/users/saved-cards/");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(card => card.GetProperty("token").GetString()!)];
    }

    private static async Task<List<string>> OttuTokensAsync(HttpClient ottu)
    {
        using HttpResponseMessage response = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "shop-customer-7" }""");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. document.RootElement.EnumerateArray().Select(card => card.GetProperty("token").GetString()!)];
    }
}
