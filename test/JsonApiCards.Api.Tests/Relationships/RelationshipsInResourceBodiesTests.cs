using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>Relationships set in POST and PATCH resource bodies, as seeded by <see cref="RelationshipScenario"/>.</summary>
public sealed class RelationshipsInResourceBodiesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Creating_an_order_with_a_customer_and_a_payment_source_links_both()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/orders", Resource("orders", null, "\"currency_code\":\"EUR\",\"total_amount_cents\":4400",
            $$"""{"customer":{{ToOne("customers", 2)}},"payment_source":{{ToOne("credit_cards", 3)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().Should().Be("http://localhost/api/orders/5");
        (await Client.GetLinkageAsync("/api/orders/5/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 2)));
        (await Client.GetLinkageAsync("/api/orders/5/relationships/payment_source")).ShouldBeLinkage(DataOf(ToOne("credit_cards", 3)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3, 5)));
    }

    [Fact]
    public async Task Patching_an_order_can_clear_its_customer_and_change_its_payment_source_at_once()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/orders/1", Resource("orders", 1, null,
            $$"""{"customer":{{Null}},"payment_source":{{ToOne("credit_cards", 3)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).Should().BeNull();
        (await Client.GetLinkageAsync("/api/orders/1/relationships/payment_source")).ShouldBeLinkage(DataOf(ToOne("credit_cards", 3)));
        (await Client.GetLinkageAsync("/api/customers/1/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 2)));
    }

    [Fact]
    public async Task Patching_a_card_sets_and_then_clears_its_order()
    {
        await RelationshipScenario.SeedAsync(App);

        var set = await Client.PatchDocumentAsync("/api/credit_cards/2", Resource("credit_cards", 2, null, $$"""{"order":{{ToOne("orders", 4)}}}"""));
        var linkedOrder = await Client.GetLinkageAsync("/api/credit_cards/2/relationships/order");
        var clear = await Client.PatchDocumentAsync("/api/credit_cards/2", Resource("credit_cards", 2, null, $$"""{"order":{{Null}}}"""));

        set.StatusCode.Should().Be(HttpStatusCode.OK);
        linkedOrder.ShouldBeLinkage(DataOf(ToOne("orders", 4)));
        clear.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetLinkageAsync("/api/credit_cards/2/relationships/order")).Should().BeNull();
    }

    [Fact]
    public async Task Creating_a_customer_with_orders_takes_them_over()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/customers", Resource("customers", null, "\"email\":\"cleo@example.com\"",
            $$"""{"orders":{{ToMany("orders", 3, 4)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Client.GetLinkageAsync("/api/customers/3/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 3, 4)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders")));
    }

    [Fact]
    public async Task Patching_a_customer_replaces_its_orders()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/customers/1", Resource("customers", 1, null, $$"""{"orders":{{ToMany("orders", 4)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await Client.GetLinkageAsync("/api/customers/1/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders", 4)));
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).Should().BeNull();
    }

    [Fact]
    public async Task Creating_a_payment_source_links_its_customer_and_card()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/customer_payment_sources", Resource("customer_payment_sources", null, "\"name\":\"Travel card\"",
            $$"""{"customer":{{ToOne("customers", 2)}},"payment_source":{{ToOne("credit_cards", 2)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Client.GetLinkageAsync("/api/customer_payment_sources/4/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 2)));
        (await Client.GetLinkageAsync("/api/customer_payment_sources/4/relationships/payment_source")).ShouldBeLinkage(DataOf(ToOne("credit_cards", 2)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/customer_payment_sources")).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 3, 4)));
    }

    [Fact]
    public async Task Replacing_a_customers_payment_sources_in_a_patch_is_a_403_pointing_at_the_relationship()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/customers/1", Resource("customers", 1, "\"email\":\"ann@example.org\"",
            $$"""{"customer_payment_sources":{{ToMany("customer_payment_sources", 1)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await Snapshot.MatchAsync(response);
        (await Client.GetLinkageAsync("/api/customers/1/relationships/customer_payment_sources")).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 1, 2)));
        (await Client.GetStringAsync("/api/customers/1")).Should().Contain("\"email\":\"ann@example.com\"", "a refused PATCH changes nothing");
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("payment_source")]
    public async Task Clearing_a_required_relationship_of_a_payment_source_is_a_422_pointing_at_it(string relationship)
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/customer_payment_sources/1", Resource("customer_payment_sources", 1, null, $$"""{"{{relationship}}":{{Null}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, $"{relationship}.422");
    }

    [Fact]
    public async Task Linkage_to_a_missing_order_in_a_create_is_a_404_pointing_at_it_and_creates_nothing()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/customers", Resource("customers", null, "\"email\":\"cleo@example.com\"",
            $$"""{"orders":{{ToMany("orders", 3, 99)}}}"""));
        var afterRepeated = await Client.PostDocumentAsync("/api/customers", Resource("customers", null, "\"email\":\"cleo@example.com\"",
            $$"""{"orders":{{ToMany("orders", 3, 3, 99)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response);
        afterRepeated.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(afterRepeated)).Pointer.Should().Be("/data/relationships/orders/data/2", "a repeated identifier counts once but keeps its place");
        (await Client.GetIdsAsync("/api/customers")).Should().Equal("1", "2");
    }

    [Fact]
    public async Task Linkage_to_a_card_of_another_mode_in_a_create_is_a_404_pointing_at_it()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync("/api/orders", Resource("orders", null, "\"currency_code\":\"EUR\"",
            $$"""{"payment_source":{{ToOne("credit_cards", 4)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Linkage_of_another_type_in_a_patch_is_a_409_pointing_at_the_type()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/customer_payment_sources/1", Resource("customer_payment_sources", 1, null,
            $$"""{"payment_source":{{ToOne("orders", 1)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_to_many_relationship_given_one_identifier_is_a_400_pointing_at_it()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync("/api/customers/1", Resource("customers", 1, null, $$"""{"orders":{{ToOne("orders", 3)}}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
    }

    private static string Resource(string type, long? id, string? attributes, string relationships)
    {
        string idMember = id is null ? "" : $",\"id\":\"{id}\"";
        string attributesMember = attributes is null ? "" : ",\"attributes\":{" + attributes + "}";
        return $"{{\"data\":{{\"type\":\"{type}\"{idMember}{attributesMember},\"relationships\":{relationships}}}}}";
    }
}
