using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A test of the service behind real Kestrel on a free loopback port, as it runs in production, for what the in-memory
/// test server does not do as Kestrel does (request-line limits, HEAD responses without a body).
/// </summary>
public abstract class KestrelTest : IAsyncLifetime, IDisposable
{
    protected JsonApiCardsApplication App { get; } = new();

    public Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A JSON:API client of the port Kestrel listens on.</summary>
    protected HttpClient CreateClient()
    {
        HttpClient client = App.CreateJsonApiClient();
        client.BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return client;
    }
}
