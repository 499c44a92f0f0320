using System.Net.Http.Headers;
using System.Text.Json;

namespace JsonApiCards.Api.Tests.QueryStrings.CursorPagination;

/// <summary>Requests of the cursor pagination profile, and the pages they return, as a client reads them.</summary>
internal static class CursorPages
{
    public const string Profile = "https://jsonapi.org/profiles/ethanresnick/cursor-pagination/";

    /// <summary>A GET whose <c>Accept</c> names the profile: its first page is read by cursor.</summary>
    public static Task<HttpResponseMessage> GetFirstAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse($"application/vnd.api+json; profile=\"{Profile}\""));
        return client.SendAsync(request);
    }

    public static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.ToString().Should().Be($"application/vnd.api+json; profile=\"{Profile}\"");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement root = document.RootElement;
        JsonElement links = root.GetProperty("links");
        return new Page(
            [.. root.GetProperty("data").EnumerateArray().Select(resource => long.Parse(resource.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))],
            links.GetProperty("prev").GetString(),
            links.GetProperty("next").GetString(),
            links.GetProperty("first").GetString()!,
            root.Clone());
    }

    /// <summary>Every page from the first by next links, then back from the last by prev links: the ids in order both ways.</summary>
    public static async Task<(List<long> Forward, List<long> Backward, int Pages)> WalkAsync(HttpClient client, string url)
    {
        List<long> forward = [];
        Page page = await ReadAsync(await GetFirstAsync(client, url));
        page.Prev.Should().BeNull("the first page has nothing before it");
        int pages = 1;
        forward.AddRange(page.Ids);
        while (page.Next is not null)
        {
            page = await ReadAsync(await client.GetAsync(page.Next));
            forward.AddRange(page.Ids);
            pages++;
            pages.Should().BeLessThan(100);
        }

        List<long> backward = [.. page.Ids];
        while (page.Prev is not null)
        {
            page = await ReadAsync(await client.GetAsync(page.Prev));
            backward.InsertRange(0, page.Ids);
        }

        return (forward, backward, pages);
    }

    /// <summary>The whole collection in one page-number request: the order every cursor walk must follow.</summary>
    public static async Task<List<long>> AllByNumberAsync(HttpClient client, string url)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page[size]=25"));
        return [.. document.RootElement.GetProperty("data").EnumerateArray().Select(resource => long.Parse(resource.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))];
    }

    public sealed record Page(IReadOnlyList<long> Ids, string? Prev, string? Next, string First, JsonElement Document);
}
