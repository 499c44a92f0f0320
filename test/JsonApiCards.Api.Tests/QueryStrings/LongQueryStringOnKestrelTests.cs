using System.Net;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// The service behind Kestrel, as it runs in production, rather than the in-memory test server: Kestrel refuses a
/// request line over its limit (8 KiB by default) with a 414 before the service sees it, and passes a shorter one on,
/// which the layer's own limit (<c>JsonApi:MaxQueryStringLength</c>, also 8 KiB) then lets through.
/// </summary>
public sealed class LongQueryStringOnKestrelTests : IAsyncLifetime, IDisposable
{
    private readonly JsonApiCardsApplication _app = new();

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    /// <summary>A JSON:API client of the port Kestrel listens on.</summary>
    private HttpClient CreateClient()
    {
        HttpClient client = _app.CreateJsonApiClient();
        client.BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return client;
    }

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
