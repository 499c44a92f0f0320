using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using static JsonApiCards.JsonApi.Tests.Endpoints.Routes.LayerHost;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>What every route refuses before its handler reads anything: wrong media types, long query strings, large bodies.</summary>
public sealed class ContentNegotiationAndLimitsTests : LayerRoutesTests
{
    private const string NewCard = """{ "data": { "type": "cards", "attributes": { "reference": "N1" } } }""";

    protected override void Configure(JsonApiOptions options)
    {
        options.MaxQueryStringLength = 40;
        options.MaxRequestBodySize = 100;
    }

    [Theory]
    [InlineData("POST", "/api/cards", "application/json")]
    [InlineData("PATCH", "/api/cards/3", "text/plain")]
    [InlineData("POST", "/api/customers/3/relationships/orders", "application/vnd.api+json; charset=utf-8")]
    [InlineData("DELETE", "/api/customers/3/relationships/orders", null)]
    [InlineData("DELETE", "/api/cards/3", "application/json")]
    public async Task A_body_sent_as_anything_but_the_JSON_API_media_type_is_a_415(string method, string url, string? contentType)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "data": [] }""")) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        HttpResponseMessage response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await DocumentOf(response))!["errors"]![0]!["status"]!.GetValue<string>().Should().Be("415");
        (await Client.GetAsync("/api/cards/3")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task A_request_without_a_body_needs_no_content_type(string method)
    {
        HttpResponseMessage response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/cards/3"));

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    [Fact]
    public async Task A_delete_whose_body_is_empty_needs_no_content_type()
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/cards/3") { Content = new ByteArrayContent([]) };

        HttpResponseMessage response = await Client.SendAsync(request);

        (request.Content.Headers.ContentLength, request.Content.Headers.ContentType).Should().Be((0L, (MediaTypeHeaderValue?)null));
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.NotAcceptable)]
    [InlineData("application/vnd.api+json; charset=utf-8", HttpStatusCode.NotAcceptable)]
    [InlineData("application/vnd.api+json; q=0, */*", HttpStatusCode.NotAcceptable)]
    [InlineData("*/*", HttpStatusCode.OK)]
    [InlineData("application/*", HttpStatusCode.OK)]
    [InlineData("text/html, application/vnd.api+json; charset=utf-8, application/vnd.api+json", HttpStatusCode.OK)]
    public async Task A_client_gets_a_document_when_its_Accept_takes_a_plain_JSON_API_one_and_a_406_otherwise(string accept, HttpStatusCode expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/cards/3");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        HttpResponseMessage response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
    }

    [Theory]
    [InlineData("/api/cards?filter=equals(reference,'AAAAAAAAAAAAAAAAAA')")]
    [InlineData("/api/cards/3/relationships/owner?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_query_string_longer_than_the_limit_is_a_414_before_it_is_parsed(string url)
    {
        HttpResponseMessage response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
        (await DocumentOf(response))!["errors"]![0]!["detail"]!.GetValue<string>().Should().Contain("40");
    }

    [Fact]
    public async Task A_query_string_of_the_limit_is_read()
    {
        string url = "/api/cards?filter=equals(reference,'" + new string('A', 12) + "')";

        (url.Length - url.IndexOf('?', StringComparison.Ordinal)).Should().Be(40);
        (await Client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bare_question_mark_is_no_query_parameter()
    {
        (await Client.GetAsync("/api/customers/2/relationships/orders?")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.GetAsync("/api/customers/2/relationships/orders?&")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_a_413_and_creates_nothing()
    {
        string body = NewCard.Replace("N1", new string('N', 60), StringComparison.Ordinal);

        HttpResponseMessage response = await Client.SendAsync(Request(HttpMethod.Post, "/api/cards", body));

        Encoding.UTF8.GetByteCount(body).Should().BeGreaterThan(100);
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await DocumentOf(await Client.GetAsync("/api/cards")))!["meta"]!["record_count"]!.GetValue<long>().Should().Be(4);
    }

    [Fact]
    public async Task A_chunked_body_larger_than_the_limit_is_a_413_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cards") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(NewCard + new string(' ', 200)))) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_as_long_as_the_limit_is_read_whether_its_length_is_sent_or_not(bool chunked)
    {
        byte[] body = Encoding.UTF8.GetBytes(NewCard.PadRight(100));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cards") { Content = new StreamContent(new MemoryStream(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        request.Headers.TransferEncodingChunked = chunked;

        HttpResponseMessage response = await Client.SendAsync(request);

        body.Length.Should().Be(100);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        ((await DocumentOf(response))!["data"]!["attributes"]!["reference"] as JsonValue)!.GetValue<string>().Should().Be("N1");
    }
}
