using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

/// <summary>Every GET route answers HEAD with the same status and headers and no body (RFC 9110, 9.3.2).</summary>
public sealed class HeadRequestTests : KestrelTest
{
    [Theory]
    [InlineData("/api/credit_cards/1", HttpStatusCode.OK)]
    [InlineData("/api/credit_cards?page[size]=1", HttpStatusCode.OK)]
    [InlineData("/api/credit_cards/1/order", HttpStatusCode.OK)]
    [InlineData("/api/credit_cards/1/relationships/order", HttpStatusCode.OK)]
    [InlineData("/api/credit_cards/2", HttpStatusCode.NotFound)]
    [InlineData("/api/credit_cards?sort=colour", HttpStatusCode.BadRequest)]
    public async Task A_HEAD_request_gets_the_status_and_headers_of_the_GET_and_no_body(string url, HttpStatusCode expected)
    {
        using HttpClient client = CreateClient();
        await client.PostDocumentAsync("/api/credit_cards", CreditCards.CreditCardRequests.Create());

        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        get.StatusCode.Should().Be(expected);
        head.StatusCode.Should().Be(expected);
        head.Content.Headers.ContentType.Should().Be(get.Content.Headers.ContentType);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        (await get.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
    }
}
