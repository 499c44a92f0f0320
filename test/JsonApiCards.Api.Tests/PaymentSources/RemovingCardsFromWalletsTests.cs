using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.PaymentSources;

/// <summary>
/// A card is retained while a wallet holds it: deleting the last payment source of a card redacts it in the same transaction
/// (its ciphertext erased from the database and its files, its display data kept).
/// </summary>
public sealed class RemovingCardsFromWalletsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Deleting_the_last_payment_source_of_a_card_redacts_it()
    {
        string customer = await Client.CreateCustomerAsync();
        string card = await Client.CreateCardAsync();
        string saved = await Client.SaveToWalletAsync(customer, card);
        byte[] ciphertext = (await App.StoredNumberAsync(card)).Ciphertext!;
        App.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await Client.DeleteAsync($"/api/customer_payment_sources/{saved}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Snapshot.MatchAsync(await Client.GetAsync($"/api/credit_cards/{card}"));
        (await App.StoredNumberAsync(card)).Should().Be(((byte[]?)null, (string?)null));
        if (TestedDatabase.ZeroesErasedBytes)
        {
            App.DatabaseFilesContain(ciphertext).Should().BeFalse("the erased ciphertext is zeroed in the database file, not left in free space");
        }
    }

    [Fact]
    public async Task A_card_another_wallet_still_holds_stays_retained()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string card = await Client.CreateCardAsync();
        string annsEntry = await Client.SaveToWalletAsync(ann, card);
        await Client.SaveToWalletAsync(bob, card);

        var response = await Client.DeleteAsync($"/api/customer_payment_sources/{annsEntry}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.AttributeAsync($"/api/credit_cards/{card}", "storage_state")).Should().Be("retained");
        (await App.StoredNumberAsync(card)).Ciphertext.Should().NotBeNullOrEmpty();
    }
}
