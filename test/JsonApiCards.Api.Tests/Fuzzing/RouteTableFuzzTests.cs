using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JsonApiCards.Api.Tests.Fuzzing;

/// <summary>
/// Every route and method of the route table, sent generated bad requests from a fixed seed (mutated and oversized bodies,
/// wrong or missing Content-Type and Accept, invalid UTF-8, odd ids and query strings), with and without credentials:
/// none is answered with a 5xx, each error is in its route's own format, and the service still answers correctly afterwards.
/// <c>FUZZ_REQUESTS</c> sets how many requests are sent (10,000 by default).
/// </summary>
public sealed class RouteTableFuzzTests(JsonApiCardsApplication app, ITestOutputHelper output) : IntegrationTest(app)
{
    private const int Seed = 16_2026;

    // The test host itself refuses a %00 in a path before the service sees it (Kestrel answers it with a 400), so paths carry %2500;
    // it also collapses a bare .. segment into another path, so the ids hold .. beside other characters.
    private static readonly string[] OddIds =
    [
        "", "0", "-1", "1", "99999999999999999999999999", "%2500", "...", "..%2Fcards", "%2F", "%C3%A9%E2%82%AC", "%FF%FE",
        "' or 1=1 --", "1%20", "%20", new string('9', 4000), "%F0%9F%92%B3", "null", "1.5", "1e9", "%0D%0A",
    ];

    private static readonly string[] OddQueries =
    [
        "", "?", "?filter=", "?filter=equals(", "?filter=equals(reference,'%00')", "?sort=-", "?sort=,,", "?include=..",
        "?fields[credit_cards]=%FF", "?page[size]=-1", "?page[number]=99999999999999999999", "?page[size]=abc",
        "?filter[q][reference_cont]=%00", "?filter[q][x_eq]=1", "?filter[reference]=%C0%AF", "?a=b&a=c", "?%=%",
        "?customer_id=%00&type=sandbox", "?filter=" + string.Concat(Enumerable.Repeat("not(", 40)), "?page[cursor]=%00%00",
    ];

    private static readonly string?[] ContentTypes =
    [
        null, "application/vnd.api+json", "application/json", "text/plain", "application/x-www-form-urlencoded",
        "application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"", "application/vnd.api+json; charset=latin1",
        "multipart/form-data", "application/vnd.api+json; profile=x; foo=bar", "%%%",
    ];

    private static readonly string?[] Accepts = [null, "application/vnd.api+json", "application/json", "text/html", "*/*", "application/vnd.api+json; foo=bar", "image/png"];

    [Fact]
    public async Task Generated_bad_requests_to_every_route_are_never_a_server_error_and_the_service_still_answers()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        var routes = Routes();
        routes.Should().Contain(route => route.Pattern.StartsWith("/api/", StringComparison.Ordinal))
            .And.Contain(route => route.Pattern.StartsWith("/oauth/", StringComparison.Ordinal));

        int total = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out int requested) ? requested : 10_000;
        var random = new Random(Seed);
        var sentPerRoute = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        using HttpClient anonymous = App.Server.CreateClient();
        using HttpClient authorized = App.Server.CreateClient();
        authorized.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        for (int index = 0; index < total; index++)
        {
            var (method, pattern) = routes[index % routes.Count];
            using HttpRequestMessage request = BadRequest(random, method, pattern);
            HttpClient client = random.Next(2) == 0 ? authorized : anonymous;
            string described = $"#{index} {request.Method} {request.RequestUri} ({request.Content?.Headers.ContentType?.ToString() ?? "no content type"}, {(client == authorized ? "authorized" : "anonymous")})";

            using HttpResponseMessage response = await client.SendAsync(request);
            string body = await response.Content.ReadAsStringAsync();
            sentPerRoute[$"{method} {pattern}"] = sentPerRoute.GetValueOrDefault($"{method} {pattern}") + 1;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{described} -> {(int)response.StatusCode} {body}");
            }
            else if ((int)response.StatusCode >= 400 && ErrorFormatProblem(pattern, response, body) is { } problem)
            {
                failures.Add($"{described} -> {(int)response.StatusCode}: {problem}: {body}");
            }
        }

        foreach (var (route, count) in sentPerRoute.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,6} {route}");
        }

        output.WriteLine($"{total,6} requests in total, seed {Seed}");
        failures.Should().BeEmpty("every bad request is a 4xx in its route's error format (seed {0})", Seed);
        (await Client.GetIdsAsync("/api/credit_cards")).Should().Equal("1", "2", "3");
    }

    private List<(string Method, string Pattern)> Routes() =>
    [
        .. App.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                .Select(method => (method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(route => route.Item2, StringComparer.Ordinal)
            .ThenBy(route => route.method, StringComparer.Ordinal),
    ];

    private static HttpRequestMessage BadRequest(Random random, string method, string pattern)
    {
        string path = string.Join('/', pattern.Split('/').Select(segment => segment.StartsWith('{') ? Pick(random, OddIds) : segment));
        var request = new HttpRequestMessage(new HttpMethod(method), path + Pick(random, OddQueries));
        if (Pick(random, Accepts) is { } accept)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (method is "GET" or "HEAD" or "DELETE" && random.Next(4) != 0)
        {
            return request;
        }

        request.Content = new ByteArrayContent(Body(random));
        request.Content.Headers.ContentType = null;
        if (Pick(random, ContentTypes) is { } contentType)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return request;
    }

    private static byte[] Body(Random random) => random.Next(9) switch
    {
        0 => [],
        1 => [0xC3, 0x28, 0xFF, 0xFE, 0x7B, 0x22, 0x80, 0x22, 0x7D],
        2 => Encoding.UTF8.GetBytes(new string('[', 5_000) + new string(']', 5_000)),
        3 => Encoding.UTF8.GetBytes("{\"data\":{\"type\":\"credit_cards\",\"attributes\":{\"reference\":\"" + new string('x', 200_000) + "\"}}}"),
        4 => Encoding.UTF8.GetBytes("{\"data\":{\"type\":\"credit_cards\",\"id\":\"\\u0000\",\"attributes\":{\"reference\":\"a\\u0000b\",\"number\":\"4111111111111111\"}}}"),
        5 => Encoding.UTF8.GetBytes("grant_type=client_credentials&client_id=%00&client_secret=" + new string('%', 3)),
        6 => Mutate(random, Encoding.UTF8.GetBytes("{\"data\":{\"type\":\"credit_cards\",\"attributes\":{\"reference\":\"r\",\"number\":\"4111111111111111\",\"expiry_month\":12,\"expiry_year\":2030}}}")),
        7 => Mutate(random, Encoding.UTF8.GetBytes("{\"atomic:operations\":[{\"op\":\"add\",\"data\":{\"type\":\"credit_cards\",\"attributes\":{}}}]}")),
        _ => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { data = new { type = Pick(random, OddIds), id = random.Next(), attributes = new { x = (object?)null } } })),
    };

    private static byte[] Mutate(Random random, byte[] body)
    {
        for (int flips = random.Next(1, 6); flips > 0; flips--)
        {
            body[random.Next(body.Length)] = (byte)random.Next(256);
        }

        return body;
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    /// <summary>What is wrong with an error answer's format for the route, or null when it is the route's own.</summary>
    private static string? ErrorFormatProblem(string pattern, HttpResponseMessage response, string body)
    {
        if (body.Length == 0 || pattern.StartsWith("/health", StringComparison.Ordinal))
        {
            return null;
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return "the body is not JSON";
        }

        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        return pattern switch
        {
            _ when pattern.StartsWith("/api", StringComparison.Ordinal) =>
                mediaType == "application/vnd.api+json" && root.TryGetProperty("errors", out JsonElement errors) && errors.ValueKind == JsonValueKind.Array
                    ? null : "not a JSON:API errors document",
            _ when pattern.StartsWith("/oauth", StringComparison.Ordinal) =>
                root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out _) ? null : "not an RFC 6749 error",
            _ => root.ValueKind == JsonValueKind.Object ? null : "not a DRF-style error object",
        };
    }
}
