using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.Api.Tests.Adapters.Akinon;

/// <summary>
/// What an Akinon storefront's browser does: keeps the cookies the service sets (by hand, so that tests see each one and
/// the Secure flag of the Testing environment does not hide them over http), sends <c>x-csrftoken</c> on unsafe methods,
/// and names its language.
/// </summary>
internal sealed class AkinonStorefront(HttpClient client) : IDisposable
{
    public string? CsrfToken { get; set; }

    public string? SessionKey { get; set; }

    public string? Language { get; set; }

    /// <summary>Whether unsafe requests carry the <c>x-csrftoken</c> header (a page of another site cannot send it).</summary>
    public bool SendsCsrfHeader { get; set; } = true;

    public HttpClient Client => client;

    /// <summary>Gets a CSRF token and signs in; checks both worked.</summary>
    public async Task SignInAsync(string email, string password)
    {
        (await GetAsync("/csrf_token/")).StatusCode.Should().Be(HttpStatusCode.OK);
        using HttpResponseMessage response = await SendJsonAsync(HttpMethod.Post, "/users/login/", JsonSerializer.Serialize(new { email, password }));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public Task<HttpResponseMessage> DeleteAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Delete, url));

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string url, string json, string mediaType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return SendAsync(new HttpRequestMessage(method, url) { Content = content });
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cookies = new List<string>();
        if (CsrfToken is not null)
        {
            cookies.Add($"csrftoken={CsrfToken}");
        }

        if (SessionKey is not null)
        {
            cookies.Add($"osessionid={SessionKey}");
        }

        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        if (SendsCsrfHeader && CsrfToken is not null && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            request.Headers.Add("x-csrftoken", CsrfToken);
        }

        if (Language is not null)
        {
            request.Headers.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(Language));
        }

        HttpResponseMessage response = await client.SendAsync(request);
        foreach (SetCookieHeaderValue cookie in SetCookies(response))
        {
            string? value = cookie.Expires < DateTimeOffset.UtcNow || cookie.Value.Length == 0 ? null : cookie.Value.ToString();
            if (cookie.Name == "csrftoken")
            {
                CsrfToken = value;
            }
            else if (cookie.Name == "osessionid")
            {
                SessionKey = value;
            }
        }

        return response;
    }

    public static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];

    public void Dispose() => client.Dispose();
}
