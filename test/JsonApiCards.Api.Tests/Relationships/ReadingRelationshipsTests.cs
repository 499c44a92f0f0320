using System.Net;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

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

    /// <summary>Every relationship of the four resources, over <see cref="RelationshipScenario"/>, with the ids it links to there.</summary>
    public static TheoryData<string, string, string, long[]> EveryRelationship => new()
    {
        { "customers/1", "orders", "orders", [1, 2] },
        { "customers/1", "customer_payment_sources", "customer_payment_sources", [1, 2] },
        { "orders/2", "customer", "customers", [1] },
        { "orders/2", "payment_source", "credit_cards", [2] },
        { "customer_payment_sources/3", "customer", "customers", [2] },
        { "customer_payment_sources/3", "payment_source", "credit_cards", [3] },
        { "credit_cards/1", "order", "orders", [1] },
    };

    /// <summary>
    /// The linkage endpoint answers the linkage with its own URL as <c>self</c> and the related endpoint as <c>related</c>;
    /// the related endpoint answers each linked resource exactly as the resource's own endpoint does.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryRelationship))]
    public async Task Every_relationship_has_a_linkage_and_a_related_endpoint_that_agree(string resource, string relationship, string relatedType, long[] ids)
    {
        await RelationshipScenario.SeedAsync(App);
        bool toMany = relationship is "orders" or "customer_payment_sources";
        string linkageUrl = $"http://localhost/api/{resource}/relationships/{relationship}";
        string relatedUrl = $"http://localhost/api/{resource}/{relationship}";

        var linkage = JsonNode.Parse(await Client.GetStringAsync(linkageUrl))!;
        var related = JsonNode.Parse(await Client.GetStringAsync(relatedUrl))!;

        linkage["data"].ShouldBeLinkage(DataOf(toMany ? ToMany(relatedType, ids) : ToOne(relatedType, ids[0])));
        linkage["links"].ShouldBeLinkage(JsonNode.Parse($$"""{"self":"{{linkageUrl}}","related":"{{relatedUrl}}"}"""));
        var relatedResources = toMany ? related["data"]!.AsArray().ToList() : [related["data"]];
        relatedResources.Should().HaveSameCount(ids);
        foreach (var (relatedResource, id) in relatedResources.Zip(ids))
        {
            var own = JsonNode.Parse(await Client.GetStringAsync($"/api/{relatedType}/{id}"))!;
            relatedResource.ShouldBeLinkage(own["data"]);
        }
    }

    /// <summary>Linkage is types and ids: reading it reads the related ids only, in one statement, whatever the relationship holds.</summary>
    [Theory]
    [InlineData("/api/customers/1/relationships/orders", "\"currency_code\"")]
    [InlineData("/api/customers/1/relationships/customer_payment_sources", "\"customer_token\"")]
    [InlineData("/api/credit_cards/1/relationships/order", "\"currency_code\"")]
    [InlineData("/api/orders/2/relationships/payment_source", "\"fingerprint\"")]
    public async Task Reading_linkage_reads_the_related_ids_only(string url, string relatedColumn)
    {
        await RelationshipScenario.SeedAsync(App);
        App.Sql.Reset();

        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().ContainSingle().Which.Should().NotContain(relatedColumn);
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
