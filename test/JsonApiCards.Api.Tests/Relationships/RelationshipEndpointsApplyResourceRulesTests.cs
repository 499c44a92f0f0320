using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>The resource rules hold when a relationship changes through its own endpoint, as they do in resource bodies.</summary>
public sealed class RelationshipEndpointsApplyResourceRulesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Setting_a_cards_order_makes_the_card_that_orders_payment_source()
    {
        await RelationshipScenario.SeedAsync(App);

        // Card 3 is in Bob's wallet, order 3 is Bob's.
        var response = await Client.PatchDocumentAsync("/api/credit_cards/3/relationships/order", ToOne("orders", 3));

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync("/api/credit_cards/3/relationships/order")).ShouldBeLinkage(DataOf(ToOne("orders", 3)));
        (await Client.GetLinkageAsync("/api/orders/3/relationships/payment_source")).ShouldBeLinkage(DataOf(ToOne("credit_cards", 3)));
    }

    [Fact]
    public async Task Setting_a_cards_order_to_a_placed_order_is_a_422_and_changes_nothing()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var response = await Client.PatchDocumentAsync("/api/credit_cards/3/relationships/order", ToOne("orders", 1));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, App.Placeholders());
        (await Client.GetLinkageAsync("/api/credit_cards/3/relationships/order")).Should().BeNull();
        (await Client.GetLinkageAsync("/api/orders/1/relationships/payment_source")).ShouldBeLinkage(DataOf(ToOne("credit_cards", 1)));
    }

    [Fact]
    public async Task Changing_the_customer_of_a_placed_order_is_a_422_and_changes_nothing()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var response = await Client.PatchDocumentAsync("/api/orders/1/relationships/customer", ToOne("customers", 2));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, App.Placeholders());
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
        (await Client.AttributeAsync("/api/customers/1", "status")).Should().Be("acquired");
        (await Client.AttributeAsync("/api/customers/2", "status")).Should().Be("prospect");
    }

    [Fact]
    public async Task Setting_an_orders_customer_copies_the_customers_email()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/orders/4/relationships/customer", ToOne("customers", 2));

        await response.ShouldBeNoContentAsync();
        (await Client.AttributeAsync("/api/orders/4", "customer_email")).Should().Be(await Client.AttributeAsync("/api/customers/2", "email"));
    }

    /// <summary>
    /// customers.orders sets the customer of the orders it takes in, so they get that customer's email as orders.customer
    /// gives it: order 4 had no customer, order 1 was Ann's and had her email. Order 1 first lets go of Ann's saved card,
    /// which may not pay for Bob's orders.
    /// </summary>
    [Theory]
    [InlineData("PATCH")]
    [InlineData("POST")]
    public async Task Adding_orders_to_a_customer_copies_the_customers_email_into_them(string method)
    {
        await RelationshipScenario.SeedAsync(App);

        await (await Client.PatchDocumentAsync("/api/orders/1/relationships/payment_source", "{\"data\":null}")).ShouldBeNoContentAsync();

        var response = await Client.SendDocumentAsync(new HttpMethod(method), "/api/customers/2/relationships/orders", ToMany("orders", 1, 3, 4));

        await response.ShouldBeNoContentAsync();
        string? bobsEmail = await Client.AttributeAsync("/api/customers/2", "email");
        (await Client.AttributeAsync("/api/orders/1", "customer_email")).Should().Be(bobsEmail);
        (await Client.AttributeAsync("/api/orders/3", "customer_email")).Should().Be(bobsEmail);
        (await Client.AttributeAsync("/api/orders/4", "customer_email")).Should().Be(bobsEmail);
        (await Client.AttributeAsync("/api/orders/2", "customer_email")).Should().Be(await Client.AttributeAsync("/api/customers/1", "email"));
    }

    [Fact]
    public async Task Creating_a_customer_with_orders_copies_the_new_customers_email_into_them()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/customers", """
            { "data": { "type": "customers", "attributes": { "email": " Cy@Example.com " },
                        "relationships": { "orders": { "data": [ { "type": "orders", "id": "4" } ] } } } }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Client.AttributeAsync("/api/orders/4", "customer_email")).Should().Be(await Client.AttributeAsync("/api/customers/3", "email")).And.Be("cy@example.com");
    }

    /// <summary>
    /// Only open orders can change customer, and open orders do not count, so the statuses recomputed after the move
    /// are the ones the customers had; placing the moved order then counts it for its new customer only.
    /// </summary>
    [Fact]
    public async Task Moving_an_open_order_to_another_customer_recomputes_its_status_and_the_order_then_counts_for_the_new_customer()
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        // Order 2 leaves Ann with no payment source (Ann's saved card may not pay for Bob's orders) and gets Bob's card.
        await (await Client.PatchDocumentAsync("/api/orders/2/relationships/payment_source", "{\"data\":null}")).ShouldBeNoContentAsync();
        await (await Client.PatchDocumentAsync("/api/orders/2/relationships/customer", ToOne("customers", 2))).ShouldBeNoContentAsync();
        await (await Client.PatchDocumentAsync("/api/orders/2/relationships/payment_source", ToOne("credit_cards", 3))).ShouldBeNoContentAsync();
        var statusesAfterMove = (await Client.AttributeAsync("/api/customers/1", "status"), await Client.AttributeAsync("/api/customers/2", "status"));
        await Client.PlaceOrderAsync("2");

        statusesAfterMove.Should().Be(("acquired", "prospect"));
        (await Client.AttributeAsync("/api/customers/1", "status")).Should().Be("acquired");
        (await Client.AttributeAsync("/api/customers/2", "status")).Should().Be("acquired");
    }
}
