using System.Net;
using System.Net.Http.Headers;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// ETags and preconditions over HTTP. Cards carry a concurrency token, so their documents have ETags (strong for a card,
/// weak for a page of them) and their writes may be made conditional with If-Match; customers have none.
/// </summary>
public sealed class ConditionalRoutesTests : LayerRoutesTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task A_read_whose_If_None_Match_names_the_current_tag_is_a_304_without_a_body(string method)
    {
        EntityTagHeaderValue tag = await TagOfAsync("/api/cards/2");

        HttpResponseMessage response = await SendAsync(new HttpMethod(method), "/api/cards/2", ifNoneMatch: tag.ToString());

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        response.Headers.ETag.Should().Be(tag);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_card_has_a_strong_tag_a_page_of_cards_a_weak_one_and_a_customer_none()
    {
        EntityTagHeaderValue card = await TagOfAsync("/api/cards/2");
        EntityTagHeaderValue page = await TagOfAsync("/api/cards?page[size]=2");
        HttpResponseMessage customer = await Client.GetAsync("/api/customers/2");

        (card.IsWeak, page.IsWeak).Should().Be((false, true));
        customer.Headers.ETag.Should().BeNull();
    }

    [Theory]
    [InlineData("/api/cards/2", null)]
    [InlineData("/api/cards?page[size]=2", null)]
    [InlineData("/api/cards?page[size]=2", CursorPagingMediaType)]
    public async Task A_document_read_with_another_fieldset_has_another_tag_so_it_is_not_a_304(string url, string? accept)
    {
        EntityTagHeaderValue whole = await TagOfAsync(url, accept);

        HttpResponseMessage sparse = await SendAsync(HttpMethod.Get, url + (url.Contains('?') ? "&" : "?") + "fields[cards]=reference", ifNoneMatch: whole.ToString(), accept: accept);

        sparse.StatusCode.Should().Be(HttpStatusCode.OK);
        sparse.Headers.ETag.Should().NotBe(whole);
    }

    [Fact]
    public async Task A_page_whose_card_changed_is_read_again_with_a_new_tag()
    {
        EntityTagHeaderValue before = await TagOfAsync("/api/cards?page[size]=2");
        (await SendAsync(HttpMethod.Get, "/api/cards?page[size]=2", ifNoneMatch: before.ToString())).StatusCode.Should().Be(HttpStatusCode.NotModified);

        (await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo)).StatusCode.Should().Be(HttpStatusCode.OK);
        HttpResponseMessage after = await SendAsync(HttpMethod.Get, "/api/cards?page[size]=2", ifNoneMatch: before.ToString());

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Headers.ETag.Should().NotBe(before);
    }

    [Fact]
    public async Task An_update_with_the_current_tag_is_saved_and_one_with_the_tag_it_replaced_is_a_412()
    {
        EntityTagHeaderValue tag = await TagOfAsync("/api/cards/2");

        HttpResponseMessage saved = await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo, ifMatch: tag.ToString());
        HttpResponseMessage stale = await SendAsync(HttpMethod.Patch, "/api/cards/2", """{ "data": { "type": "cards", "id": "2", "attributes": { "reference": "R" } } }""", ifMatch: tag.ToString());

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        saved.Headers.ETag.Should().NotBe(tag).And.Be(await TagOfAsync("/api/cards/2"));
        stale.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        (await ReferenceOfCardAsync(2)).Should().Be("Q");
    }

    [Theory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"x\", *", HttpStatusCode.OK)]
    [InlineData("\"x\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/\"x\"", HttpStatusCode.PreconditionFailed)]
    public async Task An_If_Match_of_any_tag_is_met_by_an_existing_card_and_one_of_other_tags_is_not(string ifMatch, HttpStatusCode expected)
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo, ifMatch: ifMatch);

        response.StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData("\"1-x\"", HttpStatusCode.PreconditionFailed)]
    public async Task A_customer_has_no_version_so_only_an_If_Match_of_any_tag_is_met_by_it(string ifMatch, HttpStatusCode expected)
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Patch, "/api/customers/2", """{ "data": { "type": "customers", "id": "2" } }""", ifMatch: ifMatch);

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task A_delete_with_a_stale_tag_is_a_412_and_deletes_nothing_and_with_the_current_one_deletes()
    {
        EntityTagHeaderValue tag = await TagOfAsync("/api/cards/2");
        (await SendAsync(HttpMethod.Patch, "/api/cards/2", CardTwo)).StatusCode.Should().Be(HttpStatusCode.OK);

        HttpResponseMessage stale = await SendAsync(HttpMethod.Delete, "/api/cards/2", ifMatch: tag.ToString());
        HttpResponseMessage current = await SendAsync(HttpMethod.Delete, "/api/cards/2", ifMatch: (await TagOfAsync("/api/cards/2")).ToString());

        (stale.StatusCode, current.StatusCode).Should().Be((HttpStatusCode.PreconditionFailed, HttpStatusCode.NoContent));
        (await Client.GetAsync("/api/cards/2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("PATCH", "If-Match")]
    [InlineData("GET", "If-None-Match")]
    public async Task A_precondition_that_is_not_a_list_of_tags_is_a_400_naming_its_header(string method, string header)
    {
        HttpRequestMessage request = Request(new HttpMethod(method), "/api/cards/2", method == "GET" ? null : CardTwo);
        request.Headers.TryAddWithoutValidation(header, "not-a-tag");

        HttpResponseMessage response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorSourceAsync(response, "header")).Should().Be(header);
    }
}
