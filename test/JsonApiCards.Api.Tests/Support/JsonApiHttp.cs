using System.Net.Http.Headers;
using System.Text;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Requests as a JSON:API client sends them.</summary>
public static class JsonApiHttp
{
    public const string MediaType = "application/vnd.api+json";

    public static StringContent Document(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        return content;
    }

    public static Task<HttpResponseMessage> PostDocumentAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, Document(json));

    /// <summary>GETs a collection, checks it is a 200, and returns the ids of its primary data in order.</summary>
    public static async Task<List<string>> GetIdsAsync(this HttpClient client, string url) => (await client.GetIdsAndRecordCountAsync(url)).Ids;

    /// <summary>GETs a collection, checks it is a 200, and returns the ids of its primary data in order and its <c>meta.record_count</c>.</summary>
    public static async Task<(List<string> Ids, long RecordCount)> GetIdsAndRecordCountAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, body);
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return (document.RootElement.GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList(),
            document.RootElement.GetProperty("meta").GetProperty("record_count").GetInt64());
    }

    public static Task<HttpResponseMessage> PatchDocumentAsync(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Document(json));

    /// <summary>Sends a JSON:API document with any method, e.g. DELETE of relationship members.</summary>
    public static async Task<HttpResponseMessage> SendDocumentAsync(this HttpClient client, HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, url) { Content = Document(json) };
        return await client.SendAsync(request);
    }
}
