using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>Requests to the OAuth endpoints as clients send them, and their answers read.</summary>
internal static class OAuthRequests
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, params (string Name, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value))));

    /// <summary>A form POST with the client authenticated by HTTP Basic (RFC 6749, 2.3.1).</summary>
    public static async Task<HttpResponseMessage> PostFormWithBasicAsync(this HttpClient client, string url, string clientId, string secret, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value))),
        };
        request.Headers.Authorization = Basic(clientId, secret);
        return await client.SendAsync(request);
    }

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Checks an RFC 6749 error answer: status, JSON with <c>error</c> and a description, never cached.</summary>
    public static async Task ShouldBeOAuthErrorAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string error)
    {
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        using var document = JsonDocument.Parse(body);
        document.RootElement.EnumerateObject().Select(property => property.Name).Should().Equal("error", "error_description");
        document.RootElement.GetProperty("error").GetString().Should().Be(error);
        document.RootElement.GetProperty("error_description").GetString().Should().NotBeNullOrWhiteSpace();
    }
}
