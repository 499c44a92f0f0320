using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

public sealed class ReadingRelationshipsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>Customer 1 with a placed order 1 (paid with card 1, which belongs to it) and a draft order 2; card 2 has no order.</summary>
    private async Task SeedCardWithOrderAsync()
    {
        string ann = await Client.CreateCustomerAsync("ann@example.com");
        string placed = await Client.CreateOrderAsync(ann, totalAmountCents: 4400);
        await Client.CreateOrderAsync(ann, totalAmountCents: 1000);
        await Client.CreateCardAsync(placed);
        await Client.CreateCardAsync();
        await Client.PlaceOrderAsync(placed);
    }

    [Fact]
    public async Task The_related_link_of_a_card_returns_its_order()
    {
        await SeedCardWithOrderAsync();

        var response = await Client.GetAsync("/api/credit_cards/1/order");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response, App.Placeholders());
    }

    [Fact]
    public async Task The_related_link_of_a_card_without_an_order_returns_null_data()
    {
        await SeedCardWithOrderAsync();

        string body = await Client.GetStringAsync("/api/credit_cards/2/order");

        body.Should().StartWith("{\"data\":null,");
    }

    [Fact]
    public async Task The_relationship_link_returns_the_linkage()
    {
        await SeedCardWithOrderAsync();

        var toOne = await Client.GetAsync("/api/credit_cards/1/relationships/order");
        var toMany = await Client.GetAsync("/api/customers/1/relationships/orders");

        await Snapshot.MatchAsync(toOne, "to_one");
        await Snapshot.MatchAsync(toMany, "to_many");
    }

    [Fact]
    public async Task The_related_link_of_a_to_many_relationship_returns_a_collection()
    {
        await SeedCardWithOrderAsync();

        string body = await Client.GetStringAsync("/api/customers/1/orders");

        (await Client.GetIdsAsync("/api/customers/1/orders")).Should().Equal("1", "2");
        body.Should().Contain($"\"number\":\"{await Client.AttributeAsync("/api/orders/1", "number")}\"")
            .And.Contain($"\"number\":\"{await Client.AttributeAsync("/api/orders/2", "number")}\"")
            .And.Contain("\"formatted_total_amount\":\"€44,00\"");
    }

    [Theory]
    [InlineData("/api/credit_cards/1/customer")]
    [InlineData("/api/credit_cards/1/relationships/customer")]
    [InlineData("/api/credit_cards/9/order")]
    [InlineData("/api/credit_cards/9/relationships/order")]
    public async Task An_unknown_relationship_or_resource_is_a_404(string url)
    {
        await SeedCardWithOrderAsync();

        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(response)).Status.Should().Be("404");
    }
}
