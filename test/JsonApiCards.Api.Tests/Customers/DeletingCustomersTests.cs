using System.Net;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Customers;

public sealed class DeletingCustomersTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_customer_with_orders_cannot_be_deleted()
    {
        string customer = await Client.CreateCustomerAsync();
        await Client.CreateOrderAsync(customer);

        var response = await Client.DeleteAsync($"/api/customers/{customer}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response);
        (await Client.GetIdsAsync("/api/customers")).Should().Equal(customer);
    }

    [Fact]
    public async Task Deleting_a_customer_deletes_their_wallet_and_redacts_cards_no_other_wallet_holds()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string bob = await Client.CreateCustomerAsync("bob@example.com");
        string onlyAnns = await Client.CreateCardAsync();
        string shared = await Client.CreateCardAsync(number: "5555555555554444");
        await Client.SaveToWalletAsync(ann, onlyAnns);
        await Client.SaveToWalletAsync(ann, shared);
        string bobsEntry = await Client.SaveToWalletAsync(bob, shared);

        var response = await Client.DeleteAsync($"/api/customers/{ann}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetIdsAsync("/api/customer_payment_sources")).Should().Equal(bobsEntry);
        (await Client.AttributeAsync($"/api/credit_cards/{onlyAnns}", "storage_state")).Should().Be("redacted");
        (await App.StoredNumberAsync(onlyAnns)).Should().Be(((byte[]?)null, (string?)null));
        (await Client.AttributeAsync($"/api/credit_cards/{shared}", "storage_state")).Should().Be("retained");
        (await App.StoredNumberAsync(shared)).Ciphertext.Should().NotBeNullOrEmpty();
        await using var db = App.CreateDbContext();
        (await db.CustomerPaymentSources.IgnoreQueryFilters().CountAsync()).Should().Be(1, "the database holds no orphaned wallet entries");
    }
}
