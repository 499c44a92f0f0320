using System.Net;
using System.Net.Http.Headers;
using System.Text;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace JsonApiCards.Api.Tests.Security;

public sealed class TokenEndpointTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Token = "/oauth/token";

    [Fact]
    public async Task Client_credentials_in_a_json_body_get_a_bearer_token_of_the_clients_mode()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Live, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostJsonAsync(Token, new { grant_type = "client_credentials", client_id = clientId, client_secret = secret });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        var body = await response.ReadJsonAsync();
        body.EnumerateObject().Select(property => property.Name).Should().Equal("access_token", "token_type", "expires_in", "scope", "created_at");
        body.GetProperty("token_type").GetString().Should().Be("bearer");
        body.GetProperty("expires_in").GetInt64().Should().Be((long)TimeSpan.FromDays(1).TotalSeconds, "the fixture configures a lifetime of one day");
        body.GetProperty("scope").GetString().Should().Be("mode:live");
        body.GetProperty("created_at").GetInt64().Should().Be(JsonApiCardsApplication.Now.ToUnixTimeSeconds());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        await App.SeedAsync(ModeSeeding.Live(CardsSeed.Customer("ann@example.com")));
        (await client.GetStringAsync("/api/customers/1")).Should().Contain("\"meta\":{\"mode\":\"live\"}");
    }

    [Fact]
    public async Task The_token_is_a_jwt_signed_with_the_active_key_for_this_service_by_key_id()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        string accessToken = await JsonApiCardsApplication.GetAccessTokenAsync(client, clientId, secret);

        var token = new JsonWebToken(accessToken);
        token.Alg.Should().Be("HS256");
        token.Kid.Should().Be(JsonApiCardsApplication.SigningKeyId);
        token.Issuer.Should().Be("jsonapicards");
        token.Audiences.Should().Equal("jsonapicards-api");
        token.GetClaim("client_id").Value.Should().Be(clientId);
        token.GetClaim("mode").Value.Should().Be("test");
        token.Id.Should().HaveLength(43);
        (token.ValidTo - token.IssuedAt).Should().Be(TimeSpan.FromDays(1));
        accessToken.Should().NotContain(secret);
    }

    [Fact]
    public async Task Client_credentials_in_a_form_body_get_a_token()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormAsync(Token, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("scope").GetString().Should().Be("mode:test");
    }

    [Fact]
    public async Task Client_credentials_in_http_basic_get_a_token()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormWithBasicAsync(Token, clientId, secret, ("grant_type", "client_credentials"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("access_token").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Asking_for_the_clients_own_scope_gets_a_token_and_any_other_is_an_invalid_scope()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var own = await client.PostJsonAsync(Token, new { grant_type = "client_credentials", client_id = clientId, client_secret = secret, scope = "mode:test" });
        var other = await client.PostJsonAsync(Token, new { grant_type = "client_credentials", client_id = clientId, client_secret = secret, scope = "mode:live" });

        own.StatusCode.Should().Be(HttpStatusCode.OK);
        await other.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_scope");
    }

    [Fact]
    public async Task A_wrong_secret_in_http_basic_is_a_401_invalid_client_with_a_basic_challenge()
    {
        var (clientId, _) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormWithBasicAsync(Token, clientId, "wrong", ("grant_type", "client_credentials"));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Basic");
    }

    [Theory]
    [InlineData("a wrong secret")]
    [InlineData("an unknown client")]
    [InlineData("a disabled client")]
    [InlineData("no secret")]
    public async Task A_client_that_does_not_authenticate_in_the_body_is_a_401_invalid_client(string failure)
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        if (failure == "a disabled client")
        {
            await using AsyncServiceScope scope = App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ApiClients>().DisableAsync(clientId, CancellationToken.None);
        }

        using HttpClient client = App.CreateAnonymousJsonApiClient();
        var response = await client.PostJsonAsync(Token, new
        {
            grant_type = "client_credentials",
            client_id = failure == "an unknown client" ? "no-such-client" : clientId,
            client_secret = failure switch { "a wrong secret" => "wrong", "no secret" => "", _ => secret },
        });

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task A_request_without_client_authentication_is_a_401_invalid_client()
    {
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormAsync(Token, ("grant_type", "client_credentials"));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Authenticating_both_with_http_basic_and_in_the_body_is_an_invalid_request()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormWithBasicAsync(Token, clientId, secret, ("grant_type", "client_credentials"), ("client_secret", secret));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task A_request_without_a_grant_type_is_an_invalid_request()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostJsonAsync(Token, new { client_id = clientId, client_secret = secret });

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData("authorization_code")]
    [InlineData("refresh_token")]
    public async Task A_grant_other_than_client_credentials_or_password_is_an_unsupported_grant_type(string grantType)
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "shop");
        using HttpClient client = App.CreateAnonymousJsonApiClient();

        var response = await client.PostFormAsync(Token, ("grant_type", grantType), ("client_id", clientId), ("client_secret", secret));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    public static TheoryData<string, string> UnreadableBodies => new()
    {
        { "text/plain", "grant_type=client_credentials" },
        { "application/json", "{\"grant_type\": " },
        { "application/json", "[\"client_credentials\"]" },
        { "application/json", "{\"grant_type\": \"client_credentials\", \"client_id\": 7}" },
        { "application/json", "{\"grant_type\": \"client_credentials\", \"grant_type\": \"client_credentials\"}" },
        { "application/x-www-form-urlencoded", "grant_type=client_credentials&grant_type=client_credentials" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task A_body_that_is_not_a_form_or_a_json_object_of_single_strings_is_an_invalid_request(string contentType, string body)
    {
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await client.PostAsync(Token, content);

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
    }
}
