using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>
/// The layer's routes over the test model, in memory: an application with nothing but the layer (its error middleware,
/// its resources and atomic operations) and a seeded SQLite database, called over HTTP as a client would.
/// </summary>
internal sealed class LayerHost : IAsyncDisposable
{
    public const string MediaType = "application/vnd.api+json";

    /// <summary>The media type with the cursor pagination profile, which asks for a collection paged by cursor.</summary>
    public const string CursorPagingMediaType = MediaType + "; profile=\"https://jsonapi.org/profiles/ethanresnick/cursor-pagination/\"";

    private readonly SqliteConnection _connection;
    private readonly WebApplication _app;

    private LayerHost(SqliteConnection connection, WebApplication app)
    {
        _connection = connection;
        _app = app;
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
    }

    public HttpClient Client { get; }

    public static async Task<LayerHost> StartAsync(Action<JsonApiOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
    {
        SqliteConnection connection = LayerOverTestModel.OpenSeeded();

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddLayerOverTestModel(options => options.UseSqlite(connection), configure: configure);
        configureServices?.Invoke(builder.Services);
        WebApplication app = builder.Build();
        app.UseJsonApiErrors();
        app.MapJsonApiResources().MapAtomicOperations();
        await app.StartAsync();
        return new LayerHost(connection, app);
    }

    /// <summary>A request with a JSON:API body.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string url, string? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        }

        return request;
    }

    /// <summary>The response's body as JSON, or null when it has none.</summary>
    public static async Task<JsonNode?> DocumentOf(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
