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

    public static Task<HttpResponseMessage> PatchDocumentAsync(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Document(json));
}
