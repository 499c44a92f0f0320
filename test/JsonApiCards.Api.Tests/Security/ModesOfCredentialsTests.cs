using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Support.ModeSeeding;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>The caller's mode is its credential's: a test integration never sees live data and a live one never sees test data.</summary>
public sealed class ModesOfCredentialsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Each_mode_lists_and_counts_only_its_own_rows()
    {
        List<Api.CreditCards.CreditCard> cards = CardsSeed.Cards(3);
        await App.SeedInOrderAsync(cards[0], cards[1], Live(cards[2]), CardsSeed.Customer("test@example.com"), Live(CardsSeed.Customer("live@example.com")));
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        (await Client.GetIdsAndRecordCountAsync("/api/credit_cards")).Should().BeEquivalentTo((new List<string> { "1", "2" }, 2L));
        (await live.GetIdsAndRecordCountAsync("/api/credit_cards")).Should().BeEquivalentTo((new List<string> { "3" }, 1L));
        (await Client.GetIdsAndRecordCountAsync("/api/customers")).Should().BeEquivalentTo((new List<string> { "1" }, 1L));
        (await live.GetIdsAndRecordCountAsync("/api/customers")).Should().BeEquivalentTo((new List<string> { "2" }, 1L));
    }

    [Fact]
    public async Task A_row_of_the_other_mode_is_not_found_by_id_and_its_own_mode_reports_it()
    {
        await App.SeedInOrderAsync(CardsSeed.Customer("test@example.com"), Live(CardsSeed.Customer("live@example.com")));
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        (await Client.GetAsync("/api/customers/2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await live.GetAsync("/api/customers/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await live.GetStringAsync("/api/customers/2")).Should().Contain("\"meta\":{\"mode\":\"live\"}");
        (await Client.GetStringAsync("/api/customers/1")).Should().Contain("\"meta\":{\"mode\":\"test\"}");
    }

    [Fact]
    public async Task An_include_brings_only_resources_of_the_callers_mode()
    {
        // A live order of a test customer cannot be made through the API; written directly, it must not leak either way.
        await App.SeedInOrderAsync(
            CardsSeed.Customer("test@example.com"),
            Live(CardsSeed.Customer("live@example.com")),
            Live(CardsSeed.Order("O-1", "placed", customerId: 1)),
            Live(CardsSeed.Order("O-2", "placed", customerId: 2)));
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        using var liveOrders = JsonDocument.Parse(await live.GetStringAsync("/api/orders?include=customer&sort=number"));
        using var testCustomers = JsonDocument.Parse(await Client.GetStringAsync("/api/customers?include=orders"));

        IncludedIds(liveOrders).Should().Equal("customers/2");
        liveOrders.RootElement.GetProperty("data")[0].GetProperty("relationships").GetProperty("customer").GetProperty("data").ValueKind.Should().Be(JsonValueKind.Null);
        IncludedIds(testCustomers).Should().BeEmpty();
    }

    [Fact]
    public async Task Writes_of_a_live_credential_make_live_rows()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        var created = await live.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"new@example.com"}}}""");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await created.Content.ReadAsStringAsync()).Should().Contain("\"meta\":{\"mode\":\"live\"}");
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    private static List<string> IncludedIds(JsonDocument document) =>
        document.RootElement.TryGetProperty("included", out JsonElement included)
            ? [.. included.EnumerateArray().Select(resource => $"{resource.GetProperty("type").GetString()}/{resource.GetProperty("id").GetString()}")]
            : [];
}
