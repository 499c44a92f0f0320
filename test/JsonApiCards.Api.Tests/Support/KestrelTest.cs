namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A test of the service behind real Kestrel on a free loopback port, as it runs in production, for what the in-memory
/// test server does not do as Kestrel does (request-line limits, HEAD responses without a body).
/// </summary>
public abstract class KestrelTest : IAsyncLifetime, IDisposable
{
    protected JsonApiCardsApplication App { get; } = new();

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        await App.EnsureCredentialsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A JSON:API client of the port Kestrel listens on, with the test-mode integration's access token.</summary>
    protected HttpClient CreateClient() => App.CreateJsonApiClient();
}
