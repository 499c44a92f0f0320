using System.Net;
using System.Text.Json.Nodes;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>The collection and single-resource routes of the layer, over HTTP.</summary>
public sealed class ResourceRoutesTests : LayerRoutesTests
{
    [Fact]
    public async Task A_page_of_a_collection_is_a_document_of_the_resources_with_paging_links()
    {
        HttpResponseMessage response = await Client.GetAsync("/api/cards?sort=-id&page[size]=2&fields[cards]=reference");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(MediaType);
        response.Headers.Vary.Should().Contain("Accept");
        JsonNode.DeepEquals(await DocumentOf(response), JsonNode.Parse("""
            {
              "links": {
                "self": "http://localhost/api/cards?sort=-id&page%5Bsize%5D=2&fields%5Bcards%5D=reference",
                "first": "http://localhost/api/cards?sort=-id&fields%5Bcards%5D=reference&page%5Bnumber%5D=1&page%5Bsize%5D=2",
                "next": "http://localhost/api/cards?sort=-id&fields%5Bcards%5D=reference&page%5Bnumber%5D=2&page%5Bsize%5D=2",
                "last": "http://localhost/api/cards?sort=-id&fields%5Bcards%5D=reference&page%5Bnumber%5D=2&page%5Bsize%5D=2"
              },
              "data": [
                { "type": "cards", "id": "4", "attributes": { "reference": "O'Brien" }, "links": { "self": "http://localhost/api/cards/4" } },
                { "type": "cards", "id": "3", "attributes": { "reference": "B1" }, "links": { "self": "http://localhost/api/cards/3" } }
              ],
              "meta": { "record_count": 4, "page_count": 2 },
              "jsonapi": { "version": "1.1" }
            }
            """)).Should().BeTrue((await DocumentOf(response))!.ToJsonString());
    }

    [Fact]
    public async Task A_collection_asked_for_by_cursor_is_paged_by_cursor_to_its_end()
    {
        var first = new HttpRequestMessage(HttpMethod.Get, "/api/cards?sort=id&page[size]=3");
        first.Headers.Accept.ParseAdd(CursorPagingMediaType);

        HttpResponseMessage firstPage = await Client.SendAsync(first);
        JsonNode firstDocument = (await DocumentOf(firstPage))!;
        HttpResponseMessage lastPage = await Client.GetAsync(firstDocument["links"]!["next"]!.GetValue<string>());
        JsonNode lastDocument = (await DocumentOf(lastPage))!;

        firstPage.Content.Headers.ContentType!.ToString().Should().Be(CursorPagingMediaType);
        IdentitiesOf(firstDocument["data"]).Should().Equal("cards/1", "cards/2", "cards/3");
        lastPage.StatusCode.Should().Be(HttpStatusCode.OK);
        IdentitiesOf(lastDocument["data"]).Should().Equal("cards/4");
        lastDocument["links"]!["next"].Should().BeNull();
        lastDocument["links"]!["prev"]!.GetValue<string>().Should().Contain("page%5Bbefore%5D=");
    }

    [Fact]
    public async Task A_resource_is_read_by_its_id()
    {
        HttpResponseMessage response = await Client.GetAsync("/api/cards/3?fields[cards]=reference,owner");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.DeepEquals(await DocumentOf(response), JsonNode.Parse("""
            {
              "links": { "self": "http://localhost/api/cards/3?fields%5Bcards%5D=reference,owner" },
              "data": {
                "type": "cards", "id": "3",
                "attributes": { "reference": "B1" },
                "relationships": {
                  "owner": { "links": { "self": "http://localhost/api/cards/3/relationships/owner", "related": "http://localhost/api/cards/3/owner" } }
                },
                "links": { "self": "http://localhost/api/cards/3" }
              },
              "jsonapi": { "version": "1.1" }
            }
            """)).Should().BeTrue((await DocumentOf(response))!.ToJsonString());
    }

    [Theory]
    [InlineData("/api/cards/99", "There is no cards with id '99'.")]
    [InlineData("/api/cards/abc", "There is no cards with id 'abc'.")]
    public async Task A_resource_that_does_not_exist_is_a_404_error_document(string url, string detail)
    {
        HttpResponseMessage response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.ToString().Should().Be(MediaType);
        JsonNode error = (await DocumentOf(response))!["errors"]![0]!;
        (error["status"]!.GetValue<string>(), error["detail"]!.GetValue<string>()).Should().Be(("404", detail));
    }

    [Fact]
    public async Task A_created_resource_is_answered_with_201_its_location_and_itself()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Post, "/api/cards", """
            { "data": { "type": "cards", "attributes": { "reference": "N1", "month": 2 }, "relationships": { "owner": { "data": { "type": "customers", "id": "3" } } } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be("http://localhost/api/cards/5");
        document["links"]!["self"]!.GetValue<string>().Should().Be("http://localhost/api/cards/5");
        (document["data"]!["id"]!.GetValue<string>(), document["data"]!["attributes"]!["reference"]!.GetValue<string>(), document["data"]!["attributes"]!["month"]!.GetValue<int>())
            .Should().Be(("5", "N1", 2));
    }

    [Fact]
    public async Task A_created_resource_is_read_back_with_what_the_query_string_includes()
    {
        // Alice's other cards are not among what the create loaded: only a read of the new card reaches them.
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Post, "/api/cards?include=owner.cards&fields[cards]=reference", """
            { "data": { "type": "cards", "attributes": { "reference": "N1" }, "relationships": { "owner": { "data": { "type": "customers", "id": "1" } } } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        document["data"]!["attributes"]!.AsObject().Select(member => member.Key).Should().Equal("reference");
        IdentitiesOf(document["included"]).Should().Equal("customers/1", "cards/1", "cards/3");
    }

    [Theory]
    [InlineData("", new[] { "reference", "holder_name", "card_type", "month", "expiry_year", "balance", "is_default", "created_at", "closed_at", "display_number", "metadata" })]
    [InlineData("?fields[cards]=reference", new[] { "reference" })]
    public async Task An_updated_resource_is_answered_with_its_new_state(string queryString, string[] attributes)
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/cards/3" + queryString, """
            { "data": { "type": "cards", "id": "3", "attributes": { "reference": "B2" } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document["data"]!["attributes"]!["reference"]!.GetValue<string>().Should().Be("B2");
        document["data"]!["attributes"]!.AsObject().Select(member => member.Key).Should().BeEquivalentTo(attributes);
        (await ReferenceOfCardAsync(3)).Should().Be("B2");
    }

    [Fact]
    public async Task An_updated_resource_is_read_back_with_what_the_query_string_includes()
    {
        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Patch, "/api/cards/3?include=owner", """
            { "data": { "type": "cards", "id": "3", "attributes": { "reference": "B2" } } }
            """));

        JsonNode document = (await DocumentOf(response))!;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        IdentitiesOf(document["included"]).Should().Equal("customers/1");
    }

    [Theory]
    [InlineData("sort=id", "sort")]
    [InlineData("page[size]=2", "page[size]")]
    [InlineData("page[after]=x", "page[after]")]
    public async Task A_read_of_one_resource_takes_no_sort_or_page(string queryString, string parameter)
    {
        HttpResponseMessage response = await Client.GetAsync("/api/cards/3?" + queryString);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorSourceAsync(response, "parameter")).Should().Be(parameter);
    }

    [Fact]
    public async Task A_deleted_resource_is_gone()
    {
        HttpResponseMessage response = await Client.DeleteAsync("/api/cards/3");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Client.GetAsync("/api/cards/3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.DeleteAsync("/api/cards/3")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_delete_with_query_parameters_is_refused_naming_the_first_and_deletes_nothing()
    {
        HttpResponseMessage response = await Client.DeleteAsync("/api/cards/3?include=owner&sort=id");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorOf(response)).Should().Be(("400", "Requests that delete a resource take no query parameters.", "include"));
        (await Client.GetAsync("/api/cards/3")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_HEAD_of_a_collection_answers_its_status_and_headers_without_a_body()
    {
        HttpResponseMessage response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/cards"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be(MediaType);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }
}
