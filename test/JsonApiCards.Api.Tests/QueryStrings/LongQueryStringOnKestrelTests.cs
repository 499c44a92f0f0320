using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// The service behind Kestrel, as it runs in production, rather than the in-memory test server: Kestrel refuses a
/// request line over its limit (8 KiB by default) with a 414 before the service sees it, and passes a shorter one on,
/// which the layer's own limit (<c>JsonApi:MaxQueryStringLength</c>, also 8 KiB) then lets through.
/// </summary>
public sealed class LongQueryStringOnKestrelTests : KestrelTest
{
    [Fact]
    public async Task Kestrel_answers_a_query_string_of_100_KB_with_a_414()
    {
        using HttpClient client = CreateClient();

        var response = await client.GetAsync("/api/credit_cards?filter=equals(reference,'" + new string('x', 100 * 1024) + "')");

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_query_string_Kestrel_accepts_reaches_the_service()
    {
        using HttpClient client = CreateClient();

        var response = await client.GetAsync("/api/credit_cards?filter=equals(reference,'" + new string('x', 7 * 1024) + "')");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"data\":[]");
    }
}
