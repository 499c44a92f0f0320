using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings.CursorPagination;

/// <summary>
/// A collection URL answers a page by number, or a page by cursor when <c>Accept</c> names the profile: every response of a
/// collection or related to-many route says <c>Vary: Accept</c>, so a cache never serves one client the other's page.
/// </summary>
public sealed class VaryAcceptTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_page_by_number_and_a_first_page_by_cursor_of_the_same_url_both_vary_on_accept()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);

        var byNumber = await Client.GetAsync("/api/credit_cards?page[size]=2");
        var byCursor = await CursorPages.GetFirstAsync(Client, "/api/credit_cards?page[size]=2");

        byNumber.StatusCode.Should().Be(HttpStatusCode.OK);
        byNumber.Headers.Vary.Should().Equal("Accept");
        byCursor.StatusCode.Should().Be(HttpStatusCode.OK);
        byCursor.Headers.Vary.Should().Equal("Accept");
    }

    [Fact]
    public async Task A_related_collection_varies_on_accept_and_a_single_resource_does_not()
    {
        Customer customer = CardsSeed.Customer("ann@example.com");
        await App.SeedAsync([customer, CardsSeed.Order("R1", "placed", customer)]);

        var related = await CursorPages.GetFirstAsync(Client, $"/api/customers/{customer.Id}/orders");
        var single = await Client.GetAsync($"/api/customers/{customer.Id}");

        related.StatusCode.Should().Be(HttpStatusCode.OK);
        related.Headers.Vary.Should().Equal("Accept");
        single.StatusCode.Should().Be(HttpStatusCode.OK);
        single.Headers.Vary.Should().BeEmpty();
    }

    [Fact]
    public async Task A_304_and_an_error_the_profile_caused_vary_on_accept_too()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        var first = await Client.GetAsync("/api/credit_cards");

        var notModified = await SendAsync("/api/credit_cards", ifNoneMatch: first.Headers.ETag!.ToString(), cursorProfile: false);
        var unsupportedSort = await CursorPages.GetFirstAsync(Client, "/api/credit_cards?sort=order.number");

        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.Headers.Vary.Should().Equal("Accept");
        unsupportedSort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        unsupportedSort.Headers.Vary.Should().Equal("Accept");
    }

    [Fact]
    public async Task The_etag_of_a_page_by_number_does_not_revalidate_the_cursor_page_of_the_same_url()
    {
        // Empty, the two pages hold the same (no) resources; their documents still differ, and so must their tags.
        var byNumber = await Client.GetAsync("/api/credit_cards");
        string numberTag = byNumber.Headers.ETag!.ToString();

        var byCursor = await SendAsync("/api/credit_cards", ifNoneMatch: numberTag, cursorProfile: true);
        var byNumberAgain = await SendAsync("/api/credit_cards", ifNoneMatch: numberTag, cursorProfile: false);

        byCursor.StatusCode.Should().Be(HttpStatusCode.OK);
        byCursor.Headers.ETag!.ToString().Should().NotBe(numberTag);
        byNumberAgain.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    private Task<HttpResponseMessage> SendAsync(string url, string ifNoneMatch, bool cursorProfile)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cursorProfile)
        {
            request.Headers.Accept.Clear();
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse($"application/vnd.api+json; profile=\"{CursorPages.Profile}\""));
        }

        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return Client.SendAsync(request);
    }
}
