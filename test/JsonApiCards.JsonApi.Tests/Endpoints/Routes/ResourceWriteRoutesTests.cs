using System.Net;
using System.Text.Json.Nodes;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// Creates and updates that set relationships in the resource's body, and the writes the layer refuses, over HTTP. Alice (1)
/// holds cards 1 and 3, Bob (2) cards 2 and 4, Carol (3) none.
/// </summary>
public sealed class ResourceWriteRoutesTests : LayerRoutesTests
{
    [Fact]
    public async Task A_resource_created_with_a_to_many_relationship_takes_its_members_from_their_owners()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Post, "/api/customers?include=cards", """
            { "data": { "type": "customers", "relationships": { "cards": { "data": [{ "type": "cards", "id": "1" }, { "type": "cards", "id": "2" }] } } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        document["data"]!["id"]!.GetValue<string>().Should().Be("4");
        IdentitiesOf(document["included"]).Should().BeEquivalentTo("cards/1", "cards/2");
        await LinkageShouldBe("/api/customers/1/relationships/cards", """[{"type":"cards","id":"3"}]""");
        await LinkageShouldBe("/api/customers/2/relationships/cards", """[{"type":"cards","id":"4"}]""");
        await LinkageShouldBe("/api/cards/2/relationships/owner", """{"type":"customers","id":"4"}""");
    }

    [Fact]
    public async Task An_update_that_replaces_a_to_many_relationship_releases_the_members_left_out()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/customers/2", """
            { "data": { "type": "customers", "id": "2", "relationships": { "cards": { "data": [{ "type": "cards", "id": "3" }] } } } }
            """));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await LinkageShouldBe("/api/customers/2/relationships/cards", """[{"type":"cards","id":"3"}]""");
        await LinkageShouldBe("/api/customers/1/relationships/cards", """[{"type":"cards","id":"1"}]""");
        await LinkageShouldBe("/api/cards/2/relationships/owner", "null");
        await LinkageShouldBe("/api/cards/4/relationships/owner", "null");
    }

    [Fact]
    public async Task An_update_that_clears_a_to_one_relationship_answers_it_as_null()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/cards/3?include=owner", """
            { "data": { "type": "cards", "id": "3", "relationships": { "owner": { "data": null } } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document["data"]!["relationships"]!["owner"]!["data"].Should().BeNull();
        document["included"]!.AsArray().Should().BeEmpty();
        await LinkageShouldBe("/api/customers/1/relationships/cards", """[{"type":"cards","id":"1"}]""");
    }

    [Theory]
    [InlineData("POST", "/api/cards", """{ "data": { "type": "cards", "attributes": { "reference": "N1" }, "relationships": { "owner": { "data": { "type": "customers", "id": "99" } } } } }""",
        "404", "There is no customers with id '99'.", "/data/relationships/owner/data")]
    [InlineData("POST", "/api/customers", """{ "data": { "type": "customers", "relationships": { "cards": { "data": [{ "type": "cards", "id": "1" }, { "type": "cards", "id": "98" }] } } } }""",
        "404", "There is no cards with id '98'.", "/data/relationships/cards/data/1")]
    [InlineData("POST", "/api/cards", """{ "data": { "type": "cards", "id": "77", "attributes": { "reference": "N1" } } }""",
        "403", "The server assigns ids to cards; remove 'id' from the request.", "/data/id")]
    [InlineData("POST", "/api/cards", """{ "data": { "type": "customers" } }""",
        "409", "Expected type 'cards', not 'customers'.", "/data/type")]
    [InlineData("POST", "/api/customers", """{ "data": { "type": "customers", "attributes": { "first_name": "Dan" } } }""",
        "422", "'first_name' cannot be set when creating customers.", "/data/attributes/first_name")]
    [InlineData("PATCH", "/api/cards/3", """{ "data": { "type": "cards", "id": "4", "attributes": { "reference": "N1" } } }""",
        "409", "The id in the body ('4') differs from the id in the URL ('3').", "/data/id")]
    [InlineData("PATCH", "/api/cards/3", """{ "data": { "type": "customers", "id": "3" } }""",
        "409", "Expected type 'cards', not 'customers'.", "/data/type")]
    [InlineData("PATCH", "/api/cards/1/relationships/owner", """{ "data": { "type": "customers", "id": "99" } }""",
        "404", "There is no customers with id '99'.", "/data")]
    [InlineData("PATCH", "/api/cards/1/relationships/owner", """{ "data": { "type": "orders", "id": "11" } }""",
        "409", "Expected type 'customers', not 'orders'.", "/data/type")]
    public async Task A_refused_write_points_at_the_member_at_fault_and_changes_nothing(string method, string url, string body, string status, string detail, string pointer)
    {
        string before = await EverythingAsync();

        HttpResponseMessage response = await Client.SendAsync(Request(new HttpMethod(method), url, body));

        JsonNode error = (await DocumentOf(response))!["errors"]!.AsArray().Should().ContainSingle().Subject!;
        ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(status);
        (error["status"]!.GetValue<string>(), error["detail"]!.GetValue<string>(), error["source"]!["pointer"]!.GetValue<string>()).Should().Be((status, detail, pointer));
        (await EverythingAsync()).Should().Be(before);
    }

    [Fact]
    public async Task An_update_whose_If_Match_the_resource_does_not_meet_is_a_412_and_saves_nothing()
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/cards/2", """{ "data": { "type": "cards", "id": "2", "attributes": { "reference": "Q" } } }""", ifMatch: "\"1\"");

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await ErrorSourceAsync(response, "header")).Should().Be("If-Match");
        (await ReferenceOfCardAsync(2)).Should().Be("A2");
    }

    [Fact]
    public async Task A_delete_of_a_missing_resource_is_a_404_whatever_its_If_Match()
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Delete, "/api/cards/99", ifMatch: "*");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>Every card with its owner and order, and every customer: what a refused write must leave as it was.</summary>
    private async Task<string> EverythingAsync() =>
        (await DocumentOf(await Client.GetAsync("/api/cards?include=owner,order&page[size]=25")))!["data"]!.ToJsonString()
        + (await DocumentOf(await Client.GetAsync("/api/customers?include=cards&page[size]=25")))!.ToJsonString();
}
