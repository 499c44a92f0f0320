using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>
/// Each credential draws its requests from its own token bucket, each remote address without a valid token from one of
/// its own, and the OAuth endpoints from one per client and one per address; an empty bucket is a 429 with
/// <c>Retry-After</c>. Every test runs a host of its own over the fixture's database and keys with the small buckets it
/// sets, so the fixture's own limits stay out of the way of the rest of the suite.
/// </summary>
public sealed class RateLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Cards = "/api/credit_cards";
    private const string Token = "/oauth/token";
    private const string AnHour = "01:00:00";

    [Fact]
    public async Task A_credential_over_its_limit_gets_a_429_error_document_that_says_when_to_retry()
    {
        await using var limited = HostWith(("Callers:TokenLimit", "2"), ("Callers:TokensPerPeriod", "1"), ("Callers:ReplenishmentPeriod", AnHour));
        using HttpClient client = JsonApiClientOf(limited, CardsMode.Test);

        var statuses = await StatusesAsync(client, Cards, times: 2);
        var refused = await client.GetAsync(Cards);

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromHours(1), "an empty bucket of one token an hour has its next token in an hour");
        refused.Headers.GetValues("Retry-After").Should().Equal("3600");
        await Snapshot.MatchAsync(refused);
    }

    [Fact]
    public async Task Another_credential_is_not_affected_by_one_that_used_up_its_limit()
    {
        await using var limited = HostWith(("Callers:TokenLimit", "2"), ("Callers:TokensPerPeriod", "1"), ("Callers:ReplenishmentPeriod", AnHour));
        using HttpClient exhausted = JsonApiClientOf(limited, CardsMode.Test);
        using HttpClient other = JsonApiClientOf(limited, CardsMode.Live);

        (await StatusesAsync(exhausted, Cards, times: 3)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);

        (await StatusesAsync(other, Cards, times: 2)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);
        (await exhausted.GetAsync(Cards)).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_draw_from_their_address_not_from_the_client_a_token_names()
    {
        await using var limited = HostWith(("Callers:TokenLimit", "2"), ("Callers:TokensPerPeriod", "1"), ("Callers:ReplenishmentPeriod", AnHour));
        using HttpClient anonymous = AcceptingJsonApi(limited.CreateClient());
        using HttpClient forged = AcceptingJsonApi(limited.CreateClient());
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using HttpClient credential = JsonApiClientOf(limited, CardsMode.Test);

        var statuses = new[] { (await anonymous.GetAsync(Cards)).StatusCode, (await forged.GetAsync(Cards)).StatusCode, (await anonymous.GetAsync(Cards)).StatusCode };

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests);
        (await credential.GetAsync(Cards)).StatusCode.Should().Be(HttpStatusCode.OK, "the credential's bucket is its own");
    }

    [Fact]
    public async Task An_empty_bucket_refills_after_its_replenishment_period()
    {
        // The framework's limiter runs on the machine's clock, not on TimeProvider, so this bucket refills on its own, fast.
        TimeSpan period = TimeSpan.FromMilliseconds(500);
        await using var limited = HostWith(("Callers:TokenLimit", "1"), ("Callers:TokensPerPeriod", "1"), ("Callers:ReplenishmentPeriod", period.ToString()));
        using HttpClient client = JsonApiClientOf(limited, CardsMode.Test);
        using HttpClient warmUp = JsonApiClientOf(limited, CardsMode.Live);
        (await warmUp.GetAsync(Cards)).StatusCode.Should().Be(HttpStatusCode.OK, "a first request warms the host up, from a bucket of its own");

        (await StatusesAsync(client, Cards, times: 2)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.TooManyRequests);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            status = (await client.GetAsync(Cards)).StatusCode;
        }
        while (status == HttpStatusCode.TooManyRequests && waited.Elapsed < TimeSpan.FromSeconds(5));

        status.Should().Be(HttpStatusCode.OK, "the bucket gains a token every {0}", period);
    }

    [Fact]
    public async Task Token_requests_naming_one_client_are_limited_whether_or_not_the_secret_is_right()
    {
        await using var limited = HostWith(("TokenRequestsPerClient:TokenLimit", "2"), ("TokenRequestsPerClient:TokensPerPeriod", "1"), ("TokenRequestsPerClient:ReplenishmentPeriod", AnHour));
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "guessed");
        var (otherId, otherSecret) = await App.CreateApiClientAsync(CardsMode.Test, "bystander");
        using HttpClient client = limited.CreateClient();

        var wrong = await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", "guess"));
        var right = await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
        var refused = await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));

        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        right.StatusCode.Should().Be(HttpStatusCode.OK);
        await refused.ShouldBeOAuthErrorAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        refused.Headers.GetValues("Retry-After").Should().Equal("3600");
        (await client.PostFormWithBasicAsync("/oauth/revoke", clientId, secret, ("token", "any"))).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "revoking authenticates the client too");
        (await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", otherId), ("client_secret", otherSecret))).StatusCode
            .Should().Be(HttpStatusCode.OK, "another client has its own bucket");
    }

    [Fact]
    public async Task Token_requests_from_one_address_are_limited_whatever_clients_they_name()
    {
        await using var limited = HostWith(("TokenRequestsPerAddress:TokenLimit", "3"), ("TokenRequestsPerAddress:TokensPerPeriod", "1"), ("TokenRequestsPerAddress:ReplenishmentPeriod", AnHour));
        using HttpClient client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;

        for (int index = 0; index < 4; index++)
        {
            var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, $"client {index}");
            last = await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        await last!.ShouldBeOAuthErrorAsync(HttpStatusCode.TooManyRequests, "too_many_requests");
        last!.Headers.GetValues("Retry-After").Should().Equal("3600");
        using HttpClient credential = JsonApiClientOf(limited, CardsMode.Test);
        (await credential.GetAsync(Cards)).StatusCode.Should().Be(HttpStatusCode.OK, "the API's buckets are not the token endpoint's");
    }

    [Fact]
    public async Task With_limits_disabled_no_request_is_refused()
    {
        await using var unlimited = HostWith(
            ("Enabled", "false"), ("Callers:TokenLimit", "1"), ("Callers:TokensPerPeriod", "1"), ("Callers:ReplenishmentPeriod", AnHour),
            ("TokenRequestsPerClient:TokenLimit", "1"), ("TokenRequestsPerAddress:TokenLimit", "1"));
        using HttpClient client = JsonApiClientOf(unlimited, CardsMode.Test);
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "often");

        (await StatusesAsync(client, Cards, times: 3)).Should().OnlyContain(status => status == HttpStatusCode.OK);
        for (int index = 0; index < 3; index++)
        {
            (await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret))).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public void A_customer_token_draws_from_the_customers_bucket_an_integration_token_from_its_clients_and_no_token_from_the_address()
    {
        static HttpContext Request(params (string Type, string Value)[] claims) => new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims.Select(claim => new Claim(claim.Type, claim.Value)), claims.Length > 0 ? "Bearer" : null)),
            Connection = { RemoteIpAddress = IPAddress.Parse("192.0.2.7") },
        };

        CallerPartition.Of(Request(("client_id", "shop"), ("customer_id", "42"))).Should().Be(new CallerPartition(CallerPartition.Kind.Customer, "42"));
        CallerPartition.Of(Request(("client_id", "shop"))).Should().Be(new CallerPartition(CallerPartition.Kind.Client, "shop"));
        CallerPartition.Of(Request()).Should().Be(new CallerPartition(CallerPartition.Kind.RemoteAddress, "192.0.2.7"));
    }

    [Fact]
    public void Every_route_of_the_api_and_the_oauth_endpoints_names_its_rate_limit()
    {
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Pattern: endpoint.RoutePattern.RawText ?? "", Policy: endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName))
            .ToList();

        var api = routes.Where(route => route.Pattern.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        var oauth = routes.Where(route => route.Pattern.StartsWith("/oauth/", StringComparison.Ordinal)).ToList();
        api.Should().HaveCountGreaterThan(10).And.OnlyContain(route => route.Policy == RateLimitPolicies.Caller, "a route added later is limited per credential too");
        oauth.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(route => route.Policy == RateLimitPolicies.TokenEndpoint);
    }

    private WebApplicationFactory<Program> HostWith(params (string Key, string Value)[] settings) =>
        App.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting($"RateLimits:{key}", value);
            }
        });

    private HttpClient JsonApiClientOf(WebApplicationFactory<Program> host, string mode)
    {
        HttpClient client = AcceptingJsonApi(host.CreateClient());
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(mode);
        return client;
    }

    private static HttpClient AcceptingJsonApi(HttpClient client)
    {
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiHttp.MediaType));
        return client;
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string url, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (int index = 0; index < times; index++)
        {
            statuses.Add((await client.GetAsync(url)).StatusCode);
        }

        return statuses;
    }
}
