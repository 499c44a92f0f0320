namespace JsonApiCards.Api.Tests.Support;

/// <summary>The base of HTTP tests: one application per test class, an empty database before each test.</summary>
public abstract class IntegrationTest(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>, IAsyncLifetime
{
    protected JsonApiCardsApplication App { get; } = app;

    protected HttpClient Client { get; } = app.CreateJsonApiClient();

    public Task InitializeAsync() => App.ResetDatabaseAsync();

    public Task DisposeAsync()
    {
        Client.Dispose();
        return Task.CompletedTask;
    }
}
