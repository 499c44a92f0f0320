using System.Net;
using System.Text.Json.Nodes;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// The related-resource and relationship routes of the layer, over HTTP. Alice (1) holds cards 1 and 3 and order 11;
/// Bob (2) cards 2 and 4 and orders 12 and 13; Carol (3) nothing. Card 3 belongs to no order.
/// </summary>
public sealed class RelationshipRoutesTests : LayerRoutesTests
{
    [Fact]
    public async Task A_to_many_relationships_resources_are_a_collection_of_the_related_type()
    {
        HttpResponseMessage response = await Client.GetAsync("/api/customers/2/cards?sort=-id&fields[cards]=reference");

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Vary.Should().Contain("Accept");
        IdentitiesOf(document["data"]).Should().Equal("cards/4", "cards/2");
        document["meta"]!["record_count"]!.GetValue<long>().Should().Be(2);
        document["links"]!["self"]!.GetValue<string>().Should().StartWith("http://localhost/api/customers/2/cards?");
    }

    [Fact]
    public async Task A_to_many_relationships_resources_are_paged_by_cursor_when_asked()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/customers/2/cards?sort=id&page[size]=1");
        request.Headers.Accept.ParseAdd(CursorPagingMediaType);

        HttpResponseMessage response = await Client.SendAsync(request);
        JsonNode document = (await DocumentOf(response))!;
        JsonNode next = (await DocumentOf(await Client.GetAsync(document["links"]!["next"]!.GetValue<string>())))!;

        response.Content.Headers.ContentType!.Parameters.Should().ContainSingle(parameter => parameter.Name == "profile");
        IdentitiesOf(document["data"]).Should().Equal("cards/2");
        IdentitiesOf(next["data"]).Should().Equal("cards/4");
        next["links"]!["next"].Should().BeNull();
    }

    [Theory]
    [InlineData("/api/cards/1/owner", "customers/1")]
    [InlineData("/api/cards/3/order", null)]
    public async Task A_to_one_relationships_resource_is_the_resource_or_null(string url, string? expected)
    {
        HttpResponseMessage response = await Client.GetAsync(url);

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (document["data"] is null ? null : $"{document["data"]!["type"]}/{document["data"]!["id"]}").Should().Be(expected);
    }

    [Theory]
    [InlineData("/api/customers/2/relationships/orders", """[{"type":"orders","id":"12"},{"type":"orders","id":"13"}]""")]
    [InlineData("/api/customers/3/relationships/orders", "[]")]
    [InlineData("/api/cards/1/relationships/order", """{"type":"orders","id":"11"}""")]
    [InlineData("/api/cards/3/relationships/order", "null")]
    public async Task A_relationships_linkage_is_the_identifiers_of_its_resources(string url, string expectedData)
    {
        HttpResponseMessage response = await Client.GetAsync(url);

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.DeepEquals(document["data"], JsonNode.Parse(expectedData)).Should().BeTrue(document.ToJsonString());
        document["links"]!["self"]!.GetValue<string>().Should().Be("http://localhost" + url);
    }

    [Theory]
    [InlineData("/api/customers/99/cards", "There is no customers with id '99'.")]
    [InlineData("/api/customers/99/relationships/cards", "There is no customers with id '99'.")]
    [InlineData("/api/customers/x/cards", "There is no customers with id 'x'.")]
    [InlineData("/api/customers/1/wallet", null)]
    [InlineData("/api/customers/1/relationships/wallet", null)]
    public async Task A_relationship_of_a_missing_resource_or_one_the_type_does_not_have_is_a_404(string url, string? detail)
    {
        HttpResponseMessage response = await Client.GetAsync(url);

        JsonNode error = (await DocumentOf(response))!["errors"]![0]!;
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        if (detail is not null)
        {
            error["detail"]!.GetValue<string>().Should().Be(detail);
        }
        else
        {
            error["detail"]!.GetValue<string>().Should().Contain("'wallet'");
        }
    }

    [Fact]
    public async Task Linkage_takes_no_query_parameters()
    {
        HttpResponseMessage response = await Client.GetAsync("/api/customers/2/relationships/orders?sort=id");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorOf(response)).Should().Be(("400", "Relationship linkage endpoints take no query parameters; the related-resource endpoint (without /relationships) takes them.", "sort"));
    }

    [Fact]
    public async Task A_to_one_relationship_is_replaced()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/orders/12/relationships/customer", """{ "data": { "type": "customers", "id": "1" } }"""));

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await LinkageShouldBe("/api/orders/12/relationships/customer", """{"type":"customers","id":"1"}""");
    }

    [Fact]
    public async Task A_to_many_relationship_is_added_to_removed_from_and_replaced()
    {
        HttpResponseMessage added = await Client.SendAsync(Request(HttpMethod.Post, "/api/customers/3/relationships/orders", """{ "data": [{ "type": "orders", "id": "11" }, { "type": "orders", "id": "12" }] }"""));
        await LinkageShouldBe("/api/customers/3/relationships/orders", """[{"type":"orders","id":"11"},{"type":"orders","id":"12"}]""");
        HttpResponseMessage removed = await Client.SendAsync(Request(HttpMethod.Delete, "/api/customers/3/relationships/orders", """{ "data": [{ "type": "orders", "id": "11" }] }"""));
        await LinkageShouldBe("/api/customers/3/relationships/orders", """[{"type":"orders","id":"12"}]""");
        HttpResponseMessage replaced = await Client.SendAsync(Request(HttpMethod.Patch, "/api/customers/3/relationships/orders", """{ "data": [{ "type": "orders", "id": "13" }] }"""));
        await LinkageShouldBe("/api/customers/3/relationships/orders", """[{"type":"orders","id":"13"}]""");

        new[] { added.StatusCode, removed.StatusCode, replaced.StatusCode }.Should().AllBeEquivalentTo(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task A_missing_member_after_a_repeated_one_is_a_404_pointing_at_its_place_in_the_body_and_changes_nothing(string method)
    {
        HttpResponseMessage response = await SendAsync(new HttpMethod(method), "/api/customers/3/relationships/orders",
            """{ "data": [{ "type": "orders", "id": "11" }, { "type": "orders", "id": "11" }, { "type": "orders", "id": "99" }] }""");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorSourceAsync(response, "pointer")).Should().Be("/data/2");
        await LinkageShouldBe("/api/customers/3/relationships/orders", "[]");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task Adding_to_or_removing_from_a_to_one_relationship_is_forbidden_before_the_body_is_read(string method)
    {
        HttpResponseMessage response = await Client.SendAsync(Request(new HttpMethod(method), "/api/orders/12/relationships/customer", """{ "data": [{ "type": "customers", "id": "1" }] }"""));

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await LinkageShouldBe("/api/orders/12/relationships/customer", """{"type":"customers","id":"2"}""");
    }

    [Fact]
    public async Task A_relationship_change_with_query_parameters_is_refused_and_changes_nothing()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/orders/12/relationships/customer?include=cards", """{ "data": null }"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorOf(response)).Should().Be(("400", "Requests that change a relationship take no query parameters.", "include"));
        await LinkageShouldBe("/api/orders/12/relationships/customer", """{"type":"customers","id":"2"}""");
    }
}
