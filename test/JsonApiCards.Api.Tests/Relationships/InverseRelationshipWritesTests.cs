using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// A write of <c>customers.orders</c> or <c>customers.customer_payment_sources</c> changes each member's own
/// <c>customer</c>, so each member that joins or leaves is judged by its own resource's rules, exactly as a write of that
/// <c>customer</c> on the member's route would be, and a refusal points at the member in the linkage.
/// Starts from <see cref="RelationshipScenario"/>: Ann (1) has orders 1 and 2 and wallet entries 1 and 2, Bob (2) has
/// order 3 and wallet entry 3, order 4 has no customer; order 1 is paid with card 1, order 2 with card 2, both in Ann's wallet.
/// </summary>
public sealed class InverseRelationshipWritesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string AnnPassword = "correct horse battery";

    [Fact]
    public async Task Moving_a_placed_order_to_another_customers_orders_is_the_422_the_orders_own_route_gives_and_writes_nothing()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var throughOrder = await Client.PatchDocumentAsync("/api/orders/1", CustomerOfOrder(1, 2));
        var throughCustomer = await Client.PostDocumentAsync("/api/customers/2/relationships/orders", ToMany("orders", 1));

        var expected = await ErrorDocument.SingleAsync(throughOrder);
        var error = await ErrorDocument.SingleAsync(throughCustomer);
        (expected.Status, expected.Code, expected.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data/relationships/customer"));
        error.Should().Be(expected with { Pointer = "/data/0" });
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3)));
        (await Client.AttributeAsync("/api/customers/1", "status")).Should().Be("acquired");
    }

    /// <summary>Order 3 is Bob's already, so it is not judged again; order 2's card is in Ann's wallet.</summary>
    [Fact]
    public async Task An_open_order_paid_with_its_customers_card_cannot_join_another_customers_orders()
    {
        await RelationshipScenario.SeedAsync(App);

        var throughOrder = await Client.PatchDocumentAsync("/api/orders/2", CustomerOfOrder(2, 2));
        var throughCustomer = await Client.PostDocumentAsync("/api/customers/2/relationships/orders", ToMany("orders", 3, 2));

        var expected = await ErrorDocument.SingleAsync(throughOrder);
        var error = await ErrorDocument.SingleAsync(throughCustomer);
        (expected.Status, expected.Code, expected.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data/relationships/payment_source"));
        expected.Detail.Should().Contain("belongs to another customer");
        error.Should().Be(expected with { Pointer = "/data/1" });
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3)));
    }

    [Fact]
    public async Task Emptying_the_orders_of_a_customer_with_a_placed_order_is_a_422_on_the_linkage_and_writes_nothing()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var response = await Client.PatchDocumentAsync("/api/customers/1/relationships/orders", """{"data":[]}""");

        var error = await ErrorDocument.SingleAsync(response);
        (error.Status, error.Code, error.Detail, error.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "The customer of a placed order cannot change.", "/data"));
        (await Client.GetLinkageAsync("/api/customers/1/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 1, 2)));
    }

    [Fact]
    public async Task Every_member_refused_is_named_by_its_index_and_the_members_accepted_are_not_written_either()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var response = await Client.PostDocumentAsync("/api/customers/2/relationships/orders", ToMany("orders", 1, 4, 2));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await ErrorDocument.ReadAsync(response)).Select(error => (error.Code, error.Pointer)).Should().Equal(
            ("INVALID_RELATIONSHIP", "/data/0"), ("INVALID_RELATIONSHIP", "/data/2"));
        (await Client.GetLinkageAsync("/api/orders/4/relationships/customer")).Should().BeNull();
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3)));
    }

    [Fact]
    public async Task A_customer_token_gets_from_its_own_customers_orders_what_the_order_route_gives_it_and_a_404_for_another_customer()
    {
        await RelationshipScenario.SeedAsync(App);
        using HttpClient ann = await AnnClientAsync();

        var letGoThroughOrder = await ann.PatchDocumentAsync("/api/orders/1/relationships/customer", """{"data":null}""");
        var letGoThroughCustomer = await ann.SendDocumentAsync(HttpMethod.Delete, "/api/customers/1/relationships/orders", ToMany("orders", 1));
        var keep = await ann.PostDocumentAsync("/api/customers/1/relationships/orders", ToMany("orders", 1, 2));
        var toAnotherCustomer = await ann.PostDocumentAsync("/api/customers/2/relationships/orders", ToMany("orders", 1));
        var anotherCustomersOrder = await ann.PostDocumentAsync("/api/customers/1/relationships/orders", ToMany("orders", 3));

        var expected = await ErrorDocument.SingleAsync(letGoThroughOrder);
        (expected.Status, expected.Code).Should().Be(("403", "NOT_ALLOWED_FOR_CUSTOMER"));
        (await ErrorDocument.SingleAsync(letGoThroughCustomer)).Should().Be(expected with { Pointer = "/data/0" });
        await keep.ShouldBeNoContentAsync();
        (await ErrorDocument.SingleAsync(toAnotherCustomer)).Status.Should().Be("404");
        (await ErrorDocument.SingleAsync(anotherCustomersOrder)).Should().Match<ErrorDocument.ErrorItem>(error => error.Status == "404" && error.Pointer == "/data/0");
        (await Client.GetLinkageAsync("/api/customers/1/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 1, 2)));
    }

    /// <summary>
    /// Only open orders move, and open orders do not count, so the order's recompute of its new customer's status shows
    /// only on a status the database holds wrongly: Bob's is made stale here, and taking in order 4 puts it right.
    /// </summary>
    [Fact]
    public async Task An_order_taken_in_through_a_customers_orders_has_its_definition_recompute_the_customers_status()
    {
        await RelationshipScenario.SeedAsync(App);
        await using (CardsDbContext dbContext = App.CreateDbContext())
        {
            await dbContext.Customers.Where(customer => customer.Id == 2).ExecuteUpdateAsync(set => set.SetProperty(customer => customer.Status, CustomerStatus.Acquired));
        }

        var response = await Client.PostDocumentAsync("/api/customers/2/relationships/orders", ToMany("orders", 4));

        await response.ShouldBeNoContentAsync();
        (await Client.AttributeAsync("/api/customers/2", "status")).Should().Be(CustomerStatus.Prospect);
        (await Client.AttributeAsync("/api/orders/4", "customer_email")).Should().Be("bob@example.com");
    }

    [Fact]
    public async Task A_wallet_entry_of_another_customer_posted_to_a_wallet_is_the_422_its_own_route_gives()
    {
        await RelationshipScenario.SeedAsync(App);

        var throughEntry = await Client.PatchDocumentAsync("/api/customer_payment_sources/1", """
            {"data":{"type":"customer_payment_sources","id":"1","relationships":{"customer":{"data":{"type":"customers","id":"2"}}}}}
            """);
        var throughCustomer = await Client.PostDocumentAsync("/api/customers/2/relationships/customer_payment_sources", ToMany("customer_payment_sources", 3, 1));

        var expected = await ErrorDocument.SingleAsync(throughEntry);
        (expected.Status, expected.Code, expected.Pointer).Should().Be(("422", "INVALID_RELATIONSHIP", "/data/relationships/customer"));
        (await ErrorDocument.SingleAsync(throughCustomer)).Should().Be(expected with { Pointer = "/data/1" });
        (await Client.GetLinkageAsync("/api/customers/2/relationships/customer_payment_sources")).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 3)));
    }

    private static string CustomerOfOrder(long order, long customer) =>
        $$"""{"data":{"type":"orders","id":"{{order}}","relationships":{"customer":""" + ToOne("customers", customer) + "}}}";

    /// <summary>Ann's customer token: her password set by the shop, then the password grant.</summary>
    private async Task<HttpClient> AnnClientAsync()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        var password = await Client.PatchDocumentAsync("/api/customers/1", $$"""{"data":{"type":"customers","id":"1","attributes":{"password":"{{AnnPassword}}" } } }""");
        password.StatusCode.Should().Be(HttpStatusCode.OK, await password.Content.ReadAsStringAsync());

        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();
        var token = await anonymous.PostFormAsync("/oauth/token",
            ("grant_type", "password"), ("username", "ann@example.com"), ("password", AnnPassword), ("client_id", clientId), ("client_secret", secret));
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
        HttpClient ann = App.CreateAnonymousJsonApiClient();
        ann.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.ReadJsonAsync()).GetProperty("access_token").GetString());
        return ann;
    }
}
