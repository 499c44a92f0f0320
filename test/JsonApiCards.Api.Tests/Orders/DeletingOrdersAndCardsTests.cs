using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Orders;

/// <summary>
/// Placed and approved orders are records: neither they nor the card paying for them can be deleted. Anything else can,
/// and the link on the other side is cleared.
/// </summary>
public sealed class DeletingOrdersAndCardsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("placed")]
    [InlineData("approved")]
    public async Task A_placed_order_cannot_be_deleted(string status)
    {
        var (order, _) = await PlacedOrderAsync(status);

        var response = await Client.DeleteAsync($"/api/orders/{order}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response, App.Placeholders(), $"{nameof(A_placed_order_cannot_be_deleted)}_{status}");
    }

    [Fact]
    public async Task Deleting_a_draft_order_clears_the_order_of_its_card()
    {
        string order = await Client.CreateOrderAsync();
        string card = await Client.CreateCardAsync(order);

        var response = await Client.DeleteAsync($"/api/orders/{order}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.LinkedIdAsync($"/api/credit_cards/{card}/relationships/order")).Should().BeNull();
    }

    [Fact]
    public async Task The_card_of_a_placed_order_cannot_be_deleted()
    {
        var (_, card) = await PlacedOrderAsync("placed");

        var response = await Client.DeleteAsync($"/api/credit_cards/{card}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response, App.Placeholders());
        (await Client.GetIdsAsync("/api/credit_cards")).Should().Equal(card);
    }

    [SqliteOnlyFact("secure_delete is SQLite's: PostgreSQL keeps dead row versions until VACUUM and in its write-ahead log")]
    public async Task Deleting_a_card_leaves_no_copy_of_its_ciphertext_in_the_database_files()
    {
        string card = await Client.CreateCardAsync();
        byte[] ciphertext = (await App.StoredNumberAsync(card)).Ciphertext!;
        App.DatabaseFilesContain(ciphertext).Should().BeTrue("the scan finds the ciphertext while the card holds it");

        var response = await Client.DeleteAsync($"/api/credit_cards/{card}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        App.DatabaseFilesContain(ciphertext).Should().BeFalse("the deleted row is zeroed in the database file, not left in free space");
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("cancelled")]
    public async Task Deleting_the_card_of_an_open_or_cancelled_order_clears_its_payment_source(string status)
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        await Client.SaveToWalletAsync(customer, card);
        if (status == "cancelled")
        {
            await Client.ChangeOrderStatusAsync(order, "cancelled");
        }

        var response = await Client.DeleteAsync($"/api/credit_cards/{card}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.LinkedIdAsync($"/api/orders/{order}/relationships/payment_source")).Should().BeNull();
        (await Client.GetIdsAsync("/api/customer_payment_sources")).Should().BeEmpty("a wallet entry goes with its card");
    }

    private async Task<(string Order, string Card)> PlacedOrderAsync(string status)
    {
        string customer = await Client.CreateCustomerAsync();
        string order = await Client.CreateOrderAsync(customer);
        string card = await Client.CreateCardAsync(order);
        await Client.PlaceOrderAsync(order);
        if (status == "approved")
        {
            await Client.ChangeOrderStatusAsync(order, "approved");
        }

        return (order, card);
    }
}
