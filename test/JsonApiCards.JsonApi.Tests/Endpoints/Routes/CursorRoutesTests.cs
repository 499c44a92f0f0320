using System.Net;
using System.Text.Json.Nodes;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// Pages read by cursor (the cursor pagination profile), forward and back and at their edges, of a collection and of a
/// related collection. Cards 1 to 4 are all the cards (by month: 1, 4, 2, 3); Alice (1) holds cards 1 and 3.
/// </summary>
public sealed class CursorRoutesTests : LayerRoutesTests
{
    [Theory]
    [InlineData("/api/cards?sort=id&page[size]=1")]
    [InlineData("/api/customers/1/cards?sort=id&page[size]=1")]
    public async Task An_empty_page_after_the_last_resource_links_back_with_the_cursor_it_was_sent(string firstPage)
    {
        // The last page's prev link holds the cursor of its only resource, the last of all.
        JsonNode last = (await PagesAsync(firstPage, "next"))[^1].Page;
        string cursor = CursorOf(last["links"]!["prev"]!, "before");

        JsonNode beyond = await ReadAsync(PageUrl(firstPage, "after", cursor));

        beyond["data"]!.AsArray().Should().BeEmpty();
        beyond["links"]!["next"].Should().BeNull();
        CursorOf(beyond["links"]!["prev"]!, "before").Should().Be(cursor);
    }

    [Theory]
    [InlineData("/api/cards?sort=id&page[size]=1")]
    [InlineData("/api/customers/1/cards?sort=id&page[size]=1")]
    public async Task An_empty_page_before_the_first_resource_links_forward_with_the_cursor_it_was_sent(string firstPage)
    {
        // The first page's next link holds the cursor of its only resource, the first of all.
        string cursor = CursorOf((await ReadAsync(firstPage))["links"]!["next"]!, "after");

        JsonNode empty = await ReadAsync(PageUrl(firstPage, "before", cursor));

        empty["data"]!.AsArray().Should().BeEmpty();
        empty["links"]!["prev"].Should().BeNull();
        CursorOf(empty["links"]!["next"]!, "after").Should().Be(cursor);
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task A_cursor_the_layer_did_not_write_is_a_400_naming_its_parameter(string direction)
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Get, $"/api/cards?sort=id&page[size]=1&page[{direction}]=not-a-cursor", accept: CursorPagingMediaType);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorSourceAsync(response, "parameter")).Should().Be($"page[{direction}]");
    }

    [Theory]
    [InlineData("/api/cards?sort=id&page[size]=1", "4|3|2|1")]
    [InlineData("/api/cards?sort=id&page[size]=3", "4|1,2,3")]
    [InlineData("/api/customers/1/cards?sort=id&page[size]=1", "3|1")]
    public async Task Following_prev_links_from_the_last_page_reads_every_resource_back_in_order(string firstPage, string expectedPages)
    {
        string last = (await PagesAsync(firstPage, "next"))[^1].Url;

        var pages = await PagesAsync(last, "prev");

        string.Join('|', pages.Select(page => IdsOf(page.Page))).Should().Be(expectedPages);
    }

    [Theory]
    [InlineData("/api/cards?sort=-month&fields[cards]=reference&page[size]=1", "3|2|4|1")]
    [InlineData("/api/cards?sort=month&fields[cards]=reference&page[size]=3", "1,4,2|3")]
    public async Task Pages_of_a_sparse_fieldset_without_the_sort_key_follow_the_sort(string firstPage, string expectedPages)
    {
        var pages = await PagesAsync(firstPage, "next");

        string.Join('|', pages.Select(page => IdsOf(page.Page))).Should().Be(expectedPages);
    }

    /// <summary>Each page from <paramref name="url"/> on, following the <paramref name="link"/> of each (at most ten).</summary>
    private async Task<List<(string Url, JsonNode Page)>> PagesAsync(string url, string link)
    {
        List<(string Url, JsonNode Page)> pages = [];
        for (string? next = url; next is not null && pages.Count < 10;)
        {
            JsonNode page = await ReadAsync(next);
            pages.Add((next, page));
            next = page["links"]![link]?.GetValue<string>();
        }

        return pages;
    }

    /// <summary>The ids of a page's resources, comma-separated.</summary>
    private static string IdsOf(JsonNode page) =>
        string.Join(',', page["data"]!.AsArray().Select(resource => resource!["id"]!.GetValue<string>()));

    private async Task<JsonNode> ReadAsync(string url)
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Get, url, accept: CursorPagingMediaType);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await DocumentOf(response))!;
    }

    private static string PageUrl(string firstPage, string direction, string cursor) =>
        $"{firstPage}&page[{direction}]={Uri.EscapeDataString(cursor)}";

    /// <summary>The cursor a page link sends as <c>page[after]</c> or <c>page[before]</c>.</summary>
    private static string CursorOf(JsonNode link, string direction)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link.GetValue<string>()).Query);
        return query[$"page[{direction}]"].Single()!;
    }
}
