using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// PATCH, POST and DELETE of the to-many relationships, as seeded by <see cref="RelationshipScenario"/>:
/// customers.orders allows every change; customers.customer_payment_sources only adding members.
/// </summary>
public sealed class ChangingToManyRelationshipsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Orders = "/api/customers/1/relationships/orders";
    private const string PaymentSources = "/api/customers/1/relationships/customer_payment_sources";

    /// <summary>Each to-many relationship (its members are named after it) with each method it accepts.</summary>
    public static TheoryData<string, string, string> AcceptedChanges => new()
    {
        { "orders", "PATCH", "patch" },
        { "orders", "POST", "post" },
        { "orders", "DELETE", "delete" },
        { "customer_payment_sources", "POST", "post" },
    };

    [Fact]
    public async Task Patching_orders_replaces_every_member_and_releases_the_dropped_ones()
    {
        await RelationshipScenario.SeedAsync(App);
        string body = ToMany("orders", 3, 4);

        var response = await Client.PatchDocumentAsync(Orders, body);

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(Orders)).ShouldBeLinkage(DataOf(body));
        await Snapshot.MatchAsync(await Client.GetAsync(Orders), "orders.after_patch");
        (await Client.GetLinkageAsync("/api/orders/1/relationships/customer")).Should().BeNull();
        (await Client.GetLinkageAsync("/api/orders/3/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
        (await Client.GetLinkageAsync("/api/customers/2/relationships/orders")).ShouldBeLinkage(DataOf(ToMany("orders")));
    }

    [Fact]
    public async Task Patching_orders_with_an_empty_array_clears_them()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PatchDocumentAsync(Orders, ToMany("orders"));

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(Orders)).ShouldBeLinkage(DataOf(ToMany("orders")));
        (await Client.GetLinkageAsync("/api/orders/2/relationships/customer")).Should().BeNull();
    }

    [Fact]
    public async Task Posting_orders_adds_them_and_members_already_present_are_no_error()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync(Orders, ToMany("orders", 2, 3));

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(Orders)).ShouldBeLinkage(DataOf(ToMany("orders", 1, 2, 3)));
        await Snapshot.MatchAsync(await Client.GetAsync(Orders), "orders.after_post");
        (await Client.GetLinkageAsync("/api/orders/3/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 1)));
    }

    [Fact]
    public async Task Deleting_orders_removes_them_and_members_not_present_are_no_error()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.SendDocumentAsync(HttpMethod.Delete, Orders, ToMany("orders", 2, 3));

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(Orders)).ShouldBeLinkage(DataOf(ToMany("orders", 1)));
        await Snapshot.MatchAsync(await Client.GetAsync(Orders), "orders.after_delete");
        (await Client.GetLinkageAsync("/api/orders/2/relationships/customer")).Should().BeNull();
        (await Client.GetLinkageAsync("/api/orders/3/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 2)));
    }

    [Fact]
    public async Task Adding_or_removing_members_reads_the_resource_and_the_named_members_only_however_many_there_are()
    {
        await RelationshipScenario.SeedAsync(App);

        App.Sql.Reset();
        await (await Client.PostDocumentAsync(Orders, ToMany("orders", 3))).ShouldBeNoContentAsync();
        var addOne = App.Sql.Statements.Where(IsSelect).ToList();
        App.Sql.Reset();
        await (await Client.SendDocumentAsync(HttpMethod.Delete, Orders, ToMany("orders", 1, 2, 3))).ShouldBeNoContentAsync();
        var removeThree = App.Sql.Statements.Where(IsSelect).ToList();

        addOne.Should().HaveCount(
            TestedDatabase.IsPostgres ? 4 : 3,
            "one query for the customer and one for the orders named, none for the customer's other orders, and the order's definition counts its new customer's placed orders for the status (on PostgreSQL after locking the customer's row, so orders placed at once count each other)");
        removeThree.Should().HaveCount(2, "the orders named are read in one query");
    }

    private static bool IsSelect(string statement) => statement.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task Posting_payment_sources_already_in_the_wallet_is_no_error()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync(PaymentSources, ToMany("customer_payment_sources", 2, 1));

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(PaymentSources)).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 1, 2)));
        await Snapshot.MatchAsync(await Client.GetAsync(PaymentSources), "customer_payment_sources.after_post");
    }

    /// <summary>The capability allows adding, but a payment source's customer is fixed once it is created (see its definition).</summary>
    [Fact]
    public async Task Posting_a_payment_source_of_another_wallet_is_a_422_and_moves_nothing()
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.PostDocumentAsync(PaymentSources, ToMany("customer_payment_sources", 1, 3));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, "customer_payment_sources.post.422");
        (await Client.GetLinkageAsync(PaymentSources)).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 1, 2)));
        (await Client.GetLinkageAsync("/api/customer_payment_sources/3/relationships/customer")).ShouldBeLinkage(DataOf(ToOne("customers", 2)));
    }

    [Theory]
    [InlineData("PATCH", "patch", 2)]
    [InlineData("DELETE", "delete", 1)]
    public async Task Moving_a_placed_order_away_from_its_customer_is_a_422_and_changes_nothing(string method, string name, long member)
    {
        await RelationshipScenario.SeedAsync(App);
        await Client.PlaceOrderAsync("1");

        var response = await Client.SendDocumentAsync(new HttpMethod(method), Orders, ToMany("orders", member));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, App.Placeholders(), $"orders.{name}.placed.422");
        (await Client.GetLinkageAsync(Orders)).ShouldBeLinkage(DataOf(ToMany("orders", 1, 2)));
        (await Client.AttributeAsync("/api/customers/1", "status")).Should().Be("acquired");
    }

    [Theory]
    [InlineData("PATCH", "patch")]
    [InlineData("DELETE", "delete")]
    public async Task Replacing_or_removing_payment_sources_is_a_403_because_each_needs_its_customer(string method, string name)
    {
        await RelationshipScenario.SeedAsync(App);

        var response = await Client.SendDocumentAsync(new HttpMethod(method), PaymentSources, ToMany("customer_payment_sources", 1));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await Snapshot.MatchAsync(response, $"customer_payment_sources.{name}.403");
        (await Client.GetLinkageAsync(PaymentSources)).ShouldBeLinkage(DataOf(ToMany("customer_payment_sources", 1, 2)));
    }

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task Linkage_to_a_resource_that_does_not_exist_is_a_404_pointing_at_its_identifier(string relationship, string method, string name)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/customers/1/relationships/{relationship}";

        var response = await Client.SendDocumentAsync(new HttpMethod(method), url, ToMany(relationship, 3, 99));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response, $"{relationship}.{name}.404");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToMany(relationship, 1, 2)));
    }

    /// <summary>Repeated identifiers count once, but the pointer still names the missing one's place in the body.</summary>
    [Theory]
    [InlineData("orders", "PATCH")]
    [InlineData("orders", "POST")]
    [InlineData("orders", "DELETE")]
    [InlineData("customer_payment_sources", "POST")]
    public async Task Linkage_to_a_missing_resource_after_a_repeated_identifier_points_at_its_own_index(string relationship, string method)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/customers/1/relationships/{relationship}";

        var response = await Client.SendDocumentAsync(new HttpMethod(method), url, ToMany(relationship, 2, 2, 3, 99));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var error = await ErrorDocument.SingleAsync(response);
        (error.Code, error.Pointer).Should().Be(("RELATED_RESOURCE_NOT_FOUND", "/data/3"));
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToMany(relationship, 1, 2)));
    }

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task Linkage_of_another_type_is_a_409_pointing_at_the_type(string relationship, string method, string name)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/customers/1/relationships/{relationship}";
        string body = $"{{\"data\":[{Identifier(relationship, 3)},{Identifier("credit_cards", 1)}]}}";

        var response = await Client.SendDocumentAsync(new HttpMethod(method), url, body);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response, $"{relationship}.{name}.409");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToMany(relationship, 1, 2)));
    }

    [Theory]
    [MemberData(nameof(AcceptedChanges))]
    public async Task A_body_that_is_not_to_many_linkage_is_a_400_pointing_at_the_fault(string relationship, string method, string name)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/customers/1/relationships/{relationship}";
        (string Body, string Pointer)[] cases =
        [
            ("""{"meta":{}}""", ""),
            (Null, "/data"),
            (ToOne(relationship, 3), "/data"),
            ($$"""{"data":[{{Identifier(relationship, 3)}},{"type":"{{relationship}}"}]}""", "/data/1"),
            ("""{"data":[{"id":"3"}]}""", "/data/0"),
            ($$"""{"data":[{"type":"{{relationship}}","lid":"new-1"}]}""", "/data/0/lid"),
            ($$"""{"data":[{"type":"{{relationship}}","id":3}]}""", "/data/0/id"),
            ("""{"data":["3"]}""", "/data/0"),
        ];

        foreach (var (body, pointer) in cases)
        {
            var response = await Client.SendDocumentAsync(new HttpMethod(method), url, body);

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
            var error = await ErrorDocument.SingleAsync(response);
            (error.Code, error.Pointer).Should().Be(("INVALID_REQUEST_BODY", pointer), body);
        }

        var withoutType = await ErrorDocument.SingleAsync(await Client.SendDocumentAsync(new HttpMethod(method), url, """{"data":[{"id":"3"}]}"""));
        withoutType.Detail.Should().Be("Expected a 'type' member in the resource identifier.");
        await Snapshot.MatchAsync(await Client.SendDocumentAsync(new HttpMethod(method), url, Null), $"{relationship}.{name}.400");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToMany(relationship, 1, 2)));
    }
}
