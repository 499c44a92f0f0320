using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Primitives;

namespace JsonApiCards.Api.Tests.Links;

/// <summary>
/// A client cannot choose where the service's links point: they start at the configured public base URL, or at the
/// address the request reached as host filtering (<c>AllowedHosts</c>) and the forwarded headers of trusted proxies shape
/// it. A forged <c>Host</c>, or <c>X-Forwarded-*</c> from a peer that is not a trusted proxy, never reaches <c>links</c>,
/// <c>Location</c> or page links.
/// </summary>
public sealed class TrustedLinkTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";

    private const string NewCard = """
        {"data":{"type":"credit_cards","attributes":{"first_name":"John","last_name":"Smith",
        "number":"4111111111111111","month":"10","year":"2030","verification_value":"123"}}}
        """;

    [Fact]
    public async Task A_forged_host_header_is_refused_before_any_link_is_written()
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);

        HttpContext context = await SendAsync(App, "GET", "/api/credit_cards", peer: Stranger, [("Host", "evil.example")]);

        context.Response.StatusCode.Should().Be(StatusCodes.Status400BadRequest);
        (await BodyOf(context)).Should().NotContain("evil.example");
    }

    [Fact]
    public async Task Forwarded_headers_from_a_peer_that_is_no_trusted_proxy_never_reach_a_link()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        using WebApplicationFactory<Program> behindProxy = WithSettings(("ForwardedHeaders:KnownProxies:0", Proxy));
        (string, string)[] forged = [("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Prefix", "/evil")];

        foreach (WebApplicationFactory<Program> service in new[] { App, behindProxy })
        {
            HttpContext list = await SendAsync(service, "GET", "/api/credit_cards?page[size]=1&include=order", peer: Stranger, forged);
            HttpContext created = await SendAsync(service, "POST", "/api/credit_cards", peer: Stranger, forged, body: NewCard);

            string document = await BodyOf(list);
            document.Should().NotContain("evil").And.NotContain("https:");
            LinksOf(document).Should().OnlyContain(link => link.StartsWith("http://localhost/api/credit_cards", StringComparison.Ordinal));
            created.Response.StatusCode.Should().Be(StatusCodes.Status201Created);
            created.Response.Headers.Location.ToString().Should().MatchRegex("^http://localhost/api/credit_cards/[0-9]+$");
            (await BodyOf(created)).Should().NotContain("evil");
        }
    }

    [Fact]
    public async Task Forwarded_headers_from_a_trusted_proxy_shape_the_links()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        using WebApplicationFactory<Program> behindProxy = WithSettings(
            ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24"), ("AllowedHosts", "localhost;cards.example.com"));
        (string, string)[] forwarded = [("X-Forwarded-Host", "cards.example.com"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Prefix", "/vault"), ("X-Forwarded-For", Stranger)];

        HttpContext list = await SendAsync(behindProxy, "GET", "/api/credit_cards?page[size]=1", peer: Proxy, forwarded);
        HttpContext created = await SendAsync(behindProxy, "POST", "/api/credit_cards", peer: Proxy, forwarded, body: NewCard);

        LinksOf(await BodyOf(list)).Should().Contain([
            "https://cards.example.com/vault/api/credit_cards?page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards/1",
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=3&page%5Bsize%5D=1",
        ]);
        created.Response.Headers.Location.ToString().Should().Be("https://cards.example.com/vault/api/credit_cards/4");
    }

    [Fact]
    public async Task A_trusted_proxy_cannot_forward_a_host_the_service_does_not_answer_to()
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);
        using WebApplicationFactory<Program> behindProxy = WithSettings(("ForwardedHeaders:KnownProxies:0", Proxy));

        HttpContext list = await SendAsync(behindProxy, "GET", "/api/credit_cards", peer: Proxy, [("X-Forwarded-Host", "evil.example")]);

        (await BodyOf(list)).Should().NotContain("evil.example");
    }

    [Theory]
    [InlineData("https://cards.example.com/vault")]
    [InlineData("https://cards.example.com/vault/")]
    public async Task A_configured_public_base_url_starts_every_link_whatever_the_request_says(string publicBaseUrl)
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        using WebApplicationFactory<Program> configured = WithSettings(("JsonApi:PublicBaseUrl", publicBaseUrl), ("ForwardedHeaders:KnownProxies:0", Proxy));
        (string, string)[] forwarded = [("X-Forwarded-Host", "localhost"), ("X-Forwarded-Proto", "http"), ("X-Forwarded-Prefix", "/other")];

        HttpContext list = await SendAsync(configured, "GET", "/api/credit_cards?page[number]=2&page[size]=1", peer: Proxy, forwarded);
        HttpContext created = await SendAsync(configured, "POST", "/api/credit_cards", peer: Stranger, [], body: NewCard);
        HttpContext linkage = await SendAsync(configured, "GET", "/api/credit_cards/1/relationships/order", peer: Stranger);

        LinksOf(await BodyOf(list)).Should().BeEquivalentTo([
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=2&page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=1&page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=1&page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=3&page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards?page%5Bnumber%5D=3&page%5Bsize%5D=1",
            "https://cards.example.com/vault/api/credit_cards/2",
            "https://cards.example.com/vault/api/credit_cards/2/relationships/order",
            "https://cards.example.com/vault/api/credit_cards/2/order"]);
        created.Response.Headers.Location.ToString().Should().Be("https://cards.example.com/vault/api/credit_cards/4");
        LinksOf(await BodyOf(created)).Should().OnlyContain(link => link.StartsWith("https://cards.example.com/vault/api/credit_cards/4", StringComparison.Ordinal));
        LinksOf(await BodyOf(linkage)).Should().Equal(
            "https://cards.example.com/vault/api/credit_cards/1/relationships/order",
            "https://cards.example.com/vault/api/credit_cards/1/order");
    }

    [Theory]
    [InlineData("cards.example.com")]
    [InlineData("/vault")]
    [InlineData("ftp://cards.example.com")]
    [InlineData("https://cards.example.com/vault?tenant=1")]
    [InlineData("https://cards.example.com/#top")]
    public void A_public_base_url_that_is_no_absolute_http_url_stops_start_up(string publicBaseUrl)
    {
        using WebApplicationFactory<Program> configured = WithSettings(("JsonApi:PublicBaseUrl", publicBaseUrl));

        Action start = () => _ = configured.Server;

        start.Should().Throw<Exception>().Which.ToString().Should().Contain($"JsonApi:PublicBaseUrl '{publicBaseUrl}' is not an absolute http or https URL");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("cards.example.com;*")]
    public void Outside_development_a_service_that_would_answer_any_host_does_not_start(string allowedHosts)
    {
        using WebApplicationFactory<Program> production = App.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("AllowedHosts", allowedHosts));

        Action start = () => _ = production.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage($"AllowedHosts is '{allowedHosts}' in the Production environment: set it to the host names clients use*");
    }

    [Fact]
    public void A_trusted_proxy_that_is_no_address_stops_start_up()
    {
        using WebApplicationFactory<Program> configured = WithSettings(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/40"));

        Action start = () => _ = configured.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage("ForwardedHeaders:KnownNetworks holds '10.0.0.0/40', which is not an IP address range*");
    }

    private WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        App.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    /// <summary>Sends a request as if from <paramref name="peer"/>: the in-memory server has no network, so the peer is set on the connection.</summary>
    private Task<HttpContext> SendAsync(WebApplicationFactory<Program> service, string method, string pathAndQuery, string peer, (string Name, string Value)[]? headers = null, string? body = null) =>
        service.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
            context.Request.Method = method;
            int query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
            context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
            context.Request.Headers.Accept = JsonApiHttp.MediaType;
            context.Request.Headers.Authorization = App.AuthorizationFor(CardsMode.Test).ToString();
            foreach (var (name, value) in headers ?? [])
            {
                context.Request.Headers[name] = new StringValues(value);
            }

            if (body is not null)
            {
                byte[] bytes = System.Text.Encoding.UTF8.GetBytes(body);
                context.Request.ContentType = JsonApiHttp.MediaType;
                context.Request.ContentLength = bytes.Length;
                context.Request.Body = new MemoryStream(bytes);
            }
        });

    private static async Task<string> BodyOf(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }

    /// <summary>Every link of a document (top-level, resource and relationship links), in document order.</summary>
    private static List<string> LinksOf(string document)
    {
        var links = new List<string>();
        Collect(JsonDocument.Parse(document).RootElement, inLinks: false);
        return links;

        void Collect(JsonElement element, bool inLinks)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    Collect(property.Value, inLinks || property.Name == "links");
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Collect(item, inLinks: false);
                }
            }
            else if (inLinks && element.ValueKind == JsonValueKind.String)
            {
                links.Add(element.GetString()!);
            }
        }
    }
}
