using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// The rows every relationship test starts from, made through the API as a shop would so that every resource rule
/// holds (generated order numbers and wallet tokens, retained cards, card to order payment source):
/// customer 1 has orders 1 and 2 and payment sources 1 (card 1) and 2 (card 2); customer 2 has order 3 and payment
/// source 3 (card 3); order 4 has no customer. Every order is an open draft, so its customer and payment source may
/// still change. Card 1 belongs to order 1 and so pays for it; order 2 is paid with card 2.
/// Card 4 is in live mode, so test-mode callers cannot see it (no caller can create one yet, so the cards are seeded).
/// </summary>
internal static class RelationshipScenario
{
    public static async Task SeedAsync(JsonApiCardsApplication app)
    {
        using var client = app.CreateJsonApiClient();
        string ann = await client.CreateCustomerAsync("ann@example.com");
        string bob = await client.CreateCustomerAsync("bob@example.com");
        string order1 = await client.CreateOrderAsync(ann, totalAmountCents: 1000);
        string order2 = await client.CreateOrderAsync(ann, totalAmountCents: 1000);
        await client.CreateOrderAsync(bob, totalAmountCents: 1000);
        await client.CreateOrderAsync(totalAmountCents: 1000);

        var cards = CardsSeed.Cards(4);
        cards[3].Mode = CardsMode.Live;
        await app.SeedAsync([.. cards]);
        await ExpectNoContentAsync(client.PatchDocumentAsync("/api/credit_cards/1/relationships/order", $$$"""{"data":{"type":"orders","id":"{{{order1}}}"}}"""));
        await ExpectNoContentAsync(client.PatchDocumentAsync($"/api/orders/{order2}/relationships/payment_source", """{"data":{"type":"credit_cards","id":"2"}}"""));

        await client.SaveToWalletAsync(ann, "1");
        await client.SaveToWalletAsync(ann, "2");
        await client.SaveToWalletAsync(bob, "3");
    }

    private static async Task ExpectNoContentAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
