using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Security;

/// <summary>
/// Revoking a token or disabling a client ends its access on the instance that did it at once, and on every other instance
/// sharing the database within the revocation bound (5 s by default), which each reads the revocations no more often than.
/// The second instance here is a second host over the same database and keys, on the same clock.
/// </summary>
public sealed class RevocationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_revoked_token_is_refused_at_once_here_and_within_the_bound_on_another_instance()
    {
        var (clientId, secret, token) = await CreateClientWithTokenAsync();
        await using WebApplicationFactory<Program> other = App.WithWebHostBuilder(_ => { });
        using HttpClient here = WithToken(App.CreateAnonymousJsonApiClient(), token);
        using HttpClient there = WithToken(other.CreateClient(), token);
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);

        var revoked = await here.PostFormAsync("/oauth/revoke", ("token", token), ("client_id", clientId), ("client_secret", secret));

        revoked.StatusCode.Should().Be(HttpStatusCode.OK);
        (await revoked.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.OK);
        App.Clock.Advance(Bound - TimeSpan.FromMilliseconds(1));
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMilliseconds(1));
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized);
        var refused = await there.GetAsync("/api/credit_cards");
        refused.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        (await ErrorDocument.SingleAsync(refused)).Code.Should().Be("INVALID_ACCESS_TOKEN");
    }

    [Fact]
    public async Task A_disabled_clients_tokens_are_refused_at_once_here_and_within_the_bound_on_another_instance()
    {
        var (clientId, _, token) = await CreateClientWithTokenAsync();
        await using WebApplicationFactory<Program> other = App.WithWebHostBuilder(_ => { });
        using HttpClient here = WithToken(App.CreateAnonymousJsonApiClient(), token);
        using HttpClient there = WithToken(other.CreateClient(), token);
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK);

        await using (AsyncServiceScope scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiClients>().DisableAsync(clientId, CancellationToken.None);
        }

        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.OK);
        App.Clock.Advance(Bound);
        (await StatusesAsync(here, there)).Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoking_one_token_leaves_the_clients_other_tokens_working()
    {
        var (clientId, secret, token) = await CreateClientWithTokenAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();
        string second = await JsonApiCardsApplication.GetAccessTokenAsync(anonymous, clientId, secret);

        await anonymous.PostFormWithBasicAsync("/oauth/revoke", clientId, secret, ("token", token));
        App.Clock.Advance(Bound);

        using HttpClient withSecond = WithToken(App.CreateAnonymousJsonApiClient(), second);
        (await withSecond.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")]
    public async Task Revoking_an_unknown_token_is_answered_as_a_revocation(string token)
    {
        var (clientId, secret, _) = await CreateClientWithTokenAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var response = await anonymous.PostJsonAsync("/oauth/revoke", new { token, client_id = clientId, client_secret = secret });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_clients_token_is_answered_as_revoked_but_keeps_working()
    {
        var (_, _, othersToken) = await CreateClientWithTokenAsync();
        var (clientId, secret, _) = await CreateClientWithTokenAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var response = await anonymous.PostFormAsync("/oauth/revoke", ("token", othersToken), ("client_id", clientId), ("client_secret", secret));
        App.Clock.Advance(Bound);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using HttpClient withOthersToken = WithToken(App.CreateAnonymousJsonApiClient(), othersToken);
        (await withOthersToken.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_needs_the_clients_own_credentials_and_a_token()
    {
        var (clientId, secret, token) = await CreateClientWithTokenAsync();
        using HttpClient anonymous = App.CreateAnonymousJsonApiClient();

        var withoutCredentials = await anonymous.PostFormAsync("/oauth/revoke", ("token", token));
        var withWrongSecret = await anonymous.PostFormWithBasicAsync("/oauth/revoke", clientId, "wrong", ("token", token));
        var withoutToken = await anonymous.PostFormWithBasicAsync("/oauth/revoke", clientId, secret);

        await withoutCredentials.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        await withWrongSecret.ShouldBeOAuthErrorAsync(HttpStatusCode.Unauthorized, "invalid_client");
        await withoutToken.ShouldBeOAuthErrorAsync(HttpStatusCode.BadRequest, "invalid_request");
        using HttpClient withToken = WithToken(App.CreateAnonymousJsonApiClient(), token);
        (await withToken.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_stays_valid_when_the_service_restarts()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "restarted");
        string token;
        await using (WebApplicationFactory<Program> before = App.WithWebHostBuilder(_ => { }))
        {
            using HttpClient client = before.CreateClient();
            token = await JsonApiCardsApplication.GetAccessTokenAsync(client, clientId, secret);
        }

        await using WebApplicationFactory<Program> after = App.WithWebHostBuilder(_ => { });
        using HttpClient afterRestart = WithToken(after.CreateClient(), token);

        (await afterRestart.GetAsync("/api/credit_cards")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<(string ClientId, string Secret, string Token)> CreateClientWithTokenAsync()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "revocable");
        using HttpClient client = App.CreateAnonymousJsonApiClient();
        return (clientId, secret, await JsonApiCardsApplication.GetAccessTokenAsync(client, clientId, secret));
    }

    private static HttpClient WithToken(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (client.DefaultRequestHeaders.Accept.Count == 0)
        {
            client.DefaultRequestHeaders.Accept.ParseAdd(JsonApiHttp.MediaType);
        }

        return client;
    }

    private static async Task<HttpStatusCode[]> StatusesAsync(params HttpClient[] clients)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (HttpClient client in clients)
        {
            statuses.Add((await client.GetAsync("/api/credit_cards")).StatusCode);
        }

        return [.. statuses];
    }
}
