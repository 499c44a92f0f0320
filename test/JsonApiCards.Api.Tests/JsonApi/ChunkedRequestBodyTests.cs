using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

/// <summary>A body sent without Content-Length (chunked) is read in pieces and held to the same size limit.</summary>
public sealed class ChunkedRequestBodyTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_card_sent_without_a_content_length_is_created()
    {
        using HttpContent content = WithoutLength(CreditCardRequests.Create());

        var response = await Client.PostAsync("/api/credit_cards", content);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        response.RequestMessage!.Content!.Headers.ContentLength.Should().BeNull("the test must exercise the body sent without a declared length");
    }

    [Fact]
    public async Task A_body_without_a_content_length_over_the_limit_is_a_413()
    {
        using HttpContent content = WithoutLength(CreditCardRequests.Create(extraAttributes: $", \"reference\": \"{new string('x', 300_000)}\""));

        var response = await Client.PostAsync("/api/credit_cards", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("REQUEST_BODY_TOO_LARGE");
    }

    private static StreamContent WithoutLength(string json)
    {
        var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.api+json");
        return content;
    }

}
