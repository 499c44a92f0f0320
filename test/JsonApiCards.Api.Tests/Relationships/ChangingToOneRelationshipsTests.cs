using System.Net;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Relationships.RelationshipResponses;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>PATCH, POST and DELETE of every to-one relationship endpoint, as seeded by <see cref="RelationshipScenario"/>.</summary>
public sealed class ChangingToOneRelationshipsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>Each to-one relationship: the resource, the relationship, the related type, its current and another related id.</summary>
    public static TheoryData<string, long, string, string, long, long> ToOneRelationships => new()
    {
        { "credit_cards", 1, "order", "orders", 1, 2 },
        { "orders", 1, "customer", "customers", 1, 2 },
        { "orders", 2, "payment_source", "credit_cards", 2, 3 },
        { "customer_payment_sources", 1, "customer", "customers", 1, 2 },
        { "customer_payment_sources", 1, "payment_source", "credit_cards", 1, 3 },
    };

    /// <summary>
    /// The to-one relationships that may point at another resource (the orders are open drafts). An order keeps a card
    /// of its own customer: Bob's unpaid order 3 moves to Ann, and Ann's order 2 is paid with her other card.
    /// </summary>
    public static TheoryData<string, long, string, string, long, long> RepointableToOneRelationships => new()
    {
        { "credit_cards", 1, "order", "orders", 1, 2 },
        { "orders", 3, "customer", "customers", 2, 1 },
        { "orders", 2, "payment_source", "credit_cards", 2, 1 },
    };

    public static TheoryData<string, long, string> OptionalToOneRelationships => new()
    {
        { "credit_cards", 1, "order" },
        { "orders", 1, "customer" },
        { "orders", 2, "payment_source" },
    };

    public static TheoryData<string, long, string, string> RequiredToOneRelationships => new()
    {
        { "customer_payment_sources", 1, "customer", "customers" },
        { "customer_payment_sources", 1, "payment_source", "credit_cards" },
    };

    [Theory]
    [MemberData(nameof(RepointableToOneRelationships))]
    public async Task Patching_a_to_one_relationship_points_it_at_another_resource(string type, long id, string relationship, string relatedType, long currentId, long otherId)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToOne(relatedType, currentId)));
        string body = ToOne(relatedType, otherId);

        var response = await Client.PatchDocumentAsync(url, body);

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(body));
        await Snapshot.MatchAsync(await Client.GetAsync(url), $"{type}.{relationship}.after_patch");
    }

    /// <summary>A saved payment source keeps its customer and its card; the client saves another one instead.</summary>
    [Theory]
    [MemberData(nameof(RequiredToOneRelationships))]
    public async Task Pointing_a_payment_source_at_another_customer_or_card_is_a_422_and_changes_nothing(string type, long id, string relationship, string relatedType)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";
        var before = await Client.GetLinkageAsync(url);

        var response = await Client.PatchDocumentAsync(url, ToOne(relatedType, 2));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, $"{type}.{relationship}.fixed.422");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(before);
        before.ShouldBeLinkage(DataOf(ToOne(relatedType, 1)));
    }

    [Theory]
    [MemberData(nameof(OptionalToOneRelationships))]
    public async Task Patching_an_optional_to_one_relationship_with_null_clears_it(string type, long id, string relationship)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";

        var response = await Client.PatchDocumentAsync(url, Null);

        await response.ShouldBeNoContentAsync();
        (await Client.GetLinkageAsync(url)).Should().BeNull();
        (await Client.GetStringAsync($"/api/{type}/{id}/{relationship}")).Should().StartWith("{\"data\":null,");
    }

    [Theory]
    [MemberData(nameof(RequiredToOneRelationships))]
    public async Task Clearing_a_required_to_one_relationship_is_a_422_and_changes_nothing(string type, long id, string relationship, string relatedType)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";
        var before = await Client.GetLinkageAsync(url);

        var response = await Client.PatchDocumentAsync(url, Null);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        await Snapshot.MatchAsync(response, $"{type}.{relationship}.422");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(before);
        before!["type"]!.GetValue<string>().Should().Be(relatedType);
    }

    [Theory]
    [MemberData(nameof(ToOneRelationships))]
    public async Task Linkage_to_a_resource_that_does_not_exist_is_a_404_pointing_at_it(string type, long id, string relationship, string relatedType, long currentId, long otherId)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";

        var response = await Client.PatchDocumentAsync(url, ToOne(relatedType, 99));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response, $"{type}.{relationship}.404");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToOne(relatedType, currentId)));
        otherId.Should().NotBe(99);
    }

    [Theory]
    [MemberData(nameof(ToOneRelationships))]
    public async Task Linkage_of_another_type_is_a_409_pointing_at_the_type(string type, long id, string relationship, string relatedType, long currentId, long otherId)
    {
        await RelationshipScenario.SeedAsync(App);
        string wrongType = relatedType == "orders" ? "customers" : "orders";

        var response = await Client.PatchDocumentAsync($"/api/{type}/{id}/relationships/{relationship}", ToOne(wrongType, otherId));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await Snapshot.MatchAsync(response, $"{type}.{relationship}.409");
        (await Client.GetLinkageAsync($"/api/{type}/{id}/relationships/{relationship}")).ShouldBeLinkage(DataOf(ToOne(relatedType, currentId)));
    }

    [Theory]
    [MemberData(nameof(ToOneRelationships))]
    public async Task Adding_to_or_removing_from_a_to_one_relationship_is_a_403(string type, long id, string relationship, string relatedType, long currentId, long otherId)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";

        var post = await Client.PostDocumentAsync(url, ToMany(relatedType, otherId));
        var delete = await Client.SendDocumentAsync(HttpMethod.Delete, url, ToMany(relatedType, currentId));

        post.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        delete.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await Snapshot.MatchAsync(post, $"{type}.{relationship}.403");
        (await Snapshot.DescribeResponseAsync(delete)).Should().Be(await Snapshot.DescribeResponseAsync(post), "DELETE and POST are refused alike");
        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToOne(relatedType, currentId)));
    }

    [Theory]
    [MemberData(nameof(ToOneRelationships))]
    public async Task A_body_that_is_not_to_one_linkage_is_a_400_pointing_at_the_fault(string type, long id, string relationship, string relatedType, long currentId, long otherId)
    {
        await RelationshipScenario.SeedAsync(App);
        string url = $"/api/{type}/{id}/relationships/{relationship}";
        (string Body, string Pointer)[] cases =
        [
            ("{}", ""),
            (ToMany(relatedType, otherId), "/data"),
            ($$$"""{"data":{"type":"{{{relatedType}}}"}}""", "/data"),
            ($$$"""{"data":{"id":"{{{otherId}}}"}}""", "/data"),
            ($$$"""{"data":{"type":"{{{relatedType}}}","lid":"new-1"}}""", "/data/lid"),
            ($$$"""{"data":{"type":"{{{relatedType}}}","id":{{{otherId}}}}}""", "/data/id"),
        ];

        foreach (var (body, pointer) in cases)
        {
            var response = await Client.PatchDocumentAsync(url, body);

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body);
            var error = await ErrorDocument.SingleAsync(response);
            (error.Code, error.Pointer).Should().Be(("INVALID_REQUEST_BODY", pointer), body);
        }

        (await Client.GetLinkageAsync(url)).ShouldBeLinkage(DataOf(ToOne(relatedType, currentId)));
    }
}
