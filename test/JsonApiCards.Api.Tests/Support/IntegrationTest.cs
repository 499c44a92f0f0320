namespace JsonApiCards.Api.Tests.Support;

/// <summary>The base of HTTP tests: one application per test class, an empty database before each test, and a test-mode integration's client.</summary>
public abstract class IntegrationTest(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>, IAsyncLifetime
{
    private HttpClient? _client;

    protected JsonApiCardsApplication App { get; } = app;

    /// <summary>A JSON:API client with the access token of the fixture's test-mode integration.</summary>
    protected HttpClient Client => _client ??= App.CreateJsonApiClient();

    public Task InitializeAsync() => App.ResetDatabaseAsync();

    public Task DisposeAsync()
    {
        _client?.Dispose();
        return Task.CompletedTask;
    }
}
