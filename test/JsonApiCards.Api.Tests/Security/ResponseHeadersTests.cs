using System.Net;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>On real Kestrel, which is what writes a <c>Server</c> header; the in-memory test server writes none.</summary>
public sealed class ResponseHeadersTests : KestrelTest
{
    [Theory]
    [InlineData("GET", "/api/credit_cards/1", true, HttpStatusCode.OK)]
    [InlineData("GET", "/api/credit_cards?page[size]=1", true, HttpStatusCode.OK)]
    [InlineData("GET", "/api/credit_cards/999", true, HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/credit_cards?sort=colour", true, HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/credit_cards/1", false, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/oauth/token", false, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/nowhere", false, HttpStatusCode.NotFound)]
    public async Task Every_response_is_not_stored_not_sniffed_and_does_not_name_the_server(string method, string url, bool authenticated, HttpStatusCode expected)
    {
        using HttpClient client = CreateClient();
        await client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        if (!authenticated)
        {
            client.DefaultRequestHeaders.Authorization = null;
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]);
        }

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
        response.Headers.Contains("Server").Should().BeFalse();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }
}
