using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JsonApiCards.Api.Tests.CreditCards;

/// <summary>
/// The card lifecycle's clock: a <c>cached</c> card that no wallet holds keeps its number for <c>Vault:CachedCardLifetime</c>
/// (30 minutes) after it was created; then a pass of the background service redacts it: the ciphertext is erased, in the
/// database and its files, and everything the card shows stays.
/// </summary>
public sealed class CachedCardRedactionTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private static readonly TimeSpan JustPastLifetime = CardLifecycle.CachedCardLifetime + TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task A_cached_card_is_redacted_once_its_lifetime_has_passed_and_keeps_its_display_data()
    {
        string card = await Client.CreateCardAsync();
        JsonObject before = await AttributesAsync(card);
        byte[] ciphertext = (await App.StoredNumberAsync(card)).Ciphertext!;
        App.Clock.Advance(JustPastLifetime);

        int redacted = await App.RunRedactionPassAsync();

        redacted.Should().Be(1);
        JsonObject expected = before.DeepClone().AsObject();
        expected["storage_state"] = "redacted";
        expected["updated_at"] = App.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        (await AttributesAsync(card)).ToJsonString().Should().Be(expected.ToJsonString(), "only the storage state and the time of the change differ");
        (await App.StoredNumberAsync(card)).Should().Be(((byte[]?)null, (string?)null));
        if (TestedDatabase.ZeroesErasedBytes)
        {
            App.DatabaseFilesContain(ciphertext).Should().BeFalse("the erased ciphertext is zeroed in the database file, not left in free space");
        }
    }

    [Fact]
    public async Task A_cached_card_keeps_its_number_until_its_lifetime_has_passed()
    {
        string card = await Client.CreateCardAsync();
        App.Clock.Advance(CardLifecycle.CachedCardLifetime);

        int redacted = await App.RunRedactionPassAsync();

        redacted.Should().Be(0);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("cached");
        (await App.StoredNumberAsync(card)).Ciphertext.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_card_in_a_wallet_is_never_redacted()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        await Client.SaveToWalletAsync(customer, card);
        App.Clock.Advance(TimeSpan.FromHours(23));

        int redacted = await App.RunRedactionPassAsync();

        redacted.Should().Be(0);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("retained");
        (await App.StoredNumberAsync(card)).Ciphertext.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_card_that_paid_an_order_from_no_wallet_is_redacted_and_the_order_keeps_it()
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        await Client.PlaceOrderAsync(order);
        App.Clock.Advance(JustPastLifetime);

        int redacted = await App.RunRedactionPassAsync();

        redacted.Should().Be(1);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("redacted");
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "display_number")).Should().Be("XXXX-XXXX-XXXX-1111");
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().Be(card);
    }

    [Fact]
    public async Task A_pass_redacts_the_cards_of_both_modes_in_batches_and_says_how_many()
    {
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);
        string[] cards = [await Client.CreateCardAsync(), await Client.CreateCardAsync(), await Client.CreateCardAsync(), await live.CreateCardAsync(), await live.CreateCardAsync()];
        App.Clock.Advance(JustPastLifetime);
        var updates = new UpdateStatementRecorder();
        var logs = new CapturingLoggerProvider();
        await using WebApplicationFactory<Program> host = App.WithWebHostBuilder(builder => builder
            .UseSetting("Vault:RedactionBatchSize", "2")
            .ConfigureLogging(logging => logging.AddProvider(logs))
            .ConfigureTestServices(services => services.AddSingleton<IInterceptor>(updates)));

        int redacted = await host.RunRedactionPassAsync();

        redacted.Should().Be(5);
        updates.Updates.Select(update => update.RowsAffected).Should().Equal([2, 2, 1], "each statement redacts at most a batch, and the pass goes on until a batch is not full");
        foreach (string card in cards)
        {
            (await App.StoredNumberAsync(card)).Should().Be(((byte[]?)null, (string?)null));
        }

        logs.Lines.Should().ContainSingle(line => line.Contains("Redacted 5 cached cards created before 2026-03-04T05:06:07.0900000Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_instances_redacting_at_once_redact_each_card_once()
    {
        for (int index = 0; index < 6; index++)
        {
            await Client.CreateCardAsync();
        }

        App.Clock.Advance(JustPastLifetime);
        await using WebApplicationFactory<Program> other = App.WithWebHostBuilder(_ => { });

        int[] redacted = await Task.WhenAll(App.RunRedactionPassAsync(), other.RunRedactionPassAsync());

        redacted.Sum().Should().Be(6);
        (await Client.GetIdsAsync("/api/credit_cards?filter[q][storage_state_eq]=redacted")).Should().HaveCount(6);
    }

    [Fact]
    public async Task The_background_service_redacts_on_its_interval()
    {
        App.Services.GetServices<IHostedService>().OfType<CachedCardRedactionService>().Should().ContainSingle("the service registers its lifecycle clock");
        string card = await Client.CreateCardAsync();
        App.Clock.Advance(JustPastLifetime);

        await using WebApplicationFactory<Program> ticking = App.WithWebHostBuilder(builder => builder.UseSetting("Vault:RedactionInterval", "00:00:00.050"));
        _ = ticking.Server;

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await App.StoredNumberAsync(card)).Ciphertext is not null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }

        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("redacted");
    }

    private async Task<JsonObject> AttributesAsync(string card)
    {
        var response = await Client.GetAsync($"/api/credit_cards/{card}");
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["data"]!["attributes"]!.DeepClone().AsObject();
    }
}
