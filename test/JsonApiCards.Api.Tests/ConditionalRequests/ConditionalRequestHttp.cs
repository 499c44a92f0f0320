using System.Net.Http.Headers;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.ConditionalRequests;

/// <summary>Requests with the precondition headers of RFC 9110 a client sends, and the ETag it reads back.</summary>
internal static class ConditionalRequestHttp
{
    /// <summary>GETs a URL, checks it is a 200, and returns its ETag header as sent.</summary>
    public static async Task<string> GetEntityTagAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return EntityTagOf(response);
    }

    /// <summary>The ETag header of a response, as sent; fails when there is none.</summary>
    public static string EntityTagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered without an ETag.");

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, string header, string value, string? document = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (document is not null)
        {
            request.Content = JsonApiHttp.Document(document);
        }

        request.Headers.TryAddWithoutValidation(header, value);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchIfMatchAsync(this HttpClient client, string url, string ifMatch, string document) =>
        client.SendAsync(HttpMethod.Patch, url, "If-Match", ifMatch, document);

    public static Task<HttpResponseMessage> GetIfNoneMatchAsync(this HttpClient client, string url, string ifNoneMatch) =>
        client.SendAsync(HttpMethod.Get, url, "If-None-Match", ifNoneMatch);

    public static string RenameCustomer(string id, string reference) =>
        $$$$"""{"data":{"type":"customers","id":"{{{{id}}}}","attributes":{"reference":"{{{{reference}}}}"}}}""";

    public static EntityTagHeaderValue Parse(string entityTag) => EntityTagHeaderValue.Parse(entityTag);
}
