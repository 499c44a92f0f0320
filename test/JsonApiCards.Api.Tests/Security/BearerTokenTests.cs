using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>Every /api route answers only to a valid bearer token; anything else is a 401 error document that says how to get one.</summary>
public sealed class BearerTokenTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_request_without_a_token_is_a_401_that_names_the_bearer_scheme()
    {
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.GetAsync("/api/credit_cards");

        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("GET", "/api/customers/1")]
    [InlineData("POST", "/api/orders")]
    [InlineData("PATCH", "/api/credit_cards/1/relationships/order")]
    [InlineData("DELETE", "/api/customer_payment_sources/1")]
    [InlineData("HEAD", "/api/credit_cards/1/order")]
    public async Task Every_kind_of_route_needs_a_token(string method, string url)
    {
        await App.SeedAsync(CardsSeed.Customer("ann@example.com"));
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PATCH")
        {
            request.Content = JsonApiHttp.Document("""{"data":null}""");
        }

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Fact]
    public async Task Credentials_of_another_scheme_are_no_token()
    {
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        client.DefaultRequestHeaders.Authorization = OAuthRequests.Basic("id", "secret");

        var response = await client.GetAsync("/api/credit_cards");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("MISSING_ACCESS_TOKEN");
    }

    [Fact]
    public async Task A_malformed_token_is_a_401_invalid_token()
    {
        var response = await GetCardsWithTokenAsync("not-a-jwt");

        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task An_expired_token_is_a_401_invalid_token_that_says_so()
    {
        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var response = await Client.GetAsync("/api/credit_cards");

        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_token_is_accepted_until_it_expires_give_or_take_the_clock_skew()
    {
        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(29));

        (await Client.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string> ForgedTokens => new()
    {
        "for another audience",
        "from another issuer",
        "signed with another key under our key id",
        "signed with our key under an unknown key id",
        "without a mode",
        "of an unknown mode",
        "without an expiry",
        "not valid yet",
        "unsigned",
    };

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task A_token_that_is_not_ours_as_issued_is_a_401_invalid_token(string forgery)
    {
        string token = forgery == "unsigned"
            ? new JsonWebTokenHandler().CreateToken(Descriptor(null, "unsigned"))
            : Sign(forgery);

        var response = await GetCardsWithTokenAsync(token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("INVALID_ACCESS_TOKEN");
    }

    [Fact]
    public async Task A_token_signed_as_ours_is_accepted_so_the_forgeries_above_fail_for_their_flaw_alone()
    {
        var response = await GetCardsWithTokenAsync(Sign("as issued"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpResponseMessage> GetCardsWithTokenAsync(string token)
    {
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/credit_cards");
    }

    private static string Sign(string forgery)
    {
        byte[] key = forgery == "signed with another key under our key id" ? Enumerable.Repeat((byte)0x44, 32).ToArray() : JsonApiCardsApplication.SigningKey;
        string keyId = forgery == "signed with our key under an unknown key id" ? "other-key" : JsonApiCardsApplication.SigningKeyId;
        var credentials = new SigningCredentials(new SymmetricSecurityKey(key) { KeyId = keyId }, SecurityAlgorithms.HmacSha256);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(Descriptor(credentials, forgery));
    }

    private static SecurityTokenDescriptor Descriptor(SigningCredentials? credentials, string forgery)
    {
        DateTime now = JsonApiCardsApplication.Now.UtcDateTime;
        var claims = new List<Claim> { new("jti", Guid.NewGuid().ToString("N")), new("client_id", "forged"), new("sub", "forged") };
        if (forgery != "without a mode")
        {
            claims.Add(new Claim("mode", forgery == "of an unknown mode" ? "staging" : CardsMode.Test));
        }

        return new SecurityTokenDescriptor
        {
            Issuer = forgery == "from another issuer" ? "someone-else" : "jsonapicards",
            Audience = forgery == "for another audience" ? "another-api" : "jsonapicards-api",
            IssuedAt = now,
            NotBefore = forgery == "not valid yet" ? now.AddHours(1) : now,
            Expires = forgery == "without an expiry" ? null : now.AddHours(1),
            SigningCredentials = credentials,
            Subject = new ClaimsIdentity(claims),
        };
    }
}
