using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>Tests that call the layer's routes: each test gets a host of its own over freshly seeded data.</summary>
public abstract class LayerRoutesTests : IAsyncLifetime
{
    /// <summary>An update of card 2 that changes its reference.</summary>
    protected const string CardTwo = """{ "data": { "type": "cards", "id": "2", "attributes": { "reference": "Q" } } }""";

    private LayerHost _host = null!;

    protected HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await LayerHost.StartAsync(Configure, ConfigureServices);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Changes the layer's options for every test of the class.</summary>
    protected virtual void Configure(JsonApiOptions options)
    {
    }

    /// <summary>Adds to the host's services for every test of the class.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Reads the linkage at <paramref name="url"/> and compares its <c>data</c> with <paramref name="expectedData"/>.</summary>
    protected async Task LinkageShouldBe(string url, string expectedData)
    {
        JsonNode document = (await LayerHost.DocumentOf(await Client.GetAsync(url)))!;
        JsonNode.DeepEquals(document["data"], JsonNode.Parse(expectedData)).Should().BeTrue(document.ToJsonString());
    }

    /// <summary>Sends a request with a JSON:API body, if any, the preconditions given, and accepting the media type given.</summary>
    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? body = null, string? ifMatch = null, string? ifNoneMatch = null, string? accept = null)
    {
        HttpRequestMessage request = LayerHost.Request(method, url, body);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The <c>reference</c> of card <paramref name="id"/> as a read of it answers now.</summary>
    protected async Task<string> ReferenceOfCardAsync(long id) =>
        (await LayerHost.DocumentOf(await Client.GetAsync($"/api/cards/{id}")))!["data"]!["attributes"]!["reference"]!.GetValue<string>();

    /// <summary>The ETag of a successful read of <paramref name="url"/>.</summary>
    protected async Task<EntityTagHeaderValue> TagOfAsync(string url, string? accept = null)
    {
        HttpResponseMessage response = await SendAsync(HttpMethod.Get, url, accept: accept);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.ETag!;
    }

    /// <summary>The first error object of an error document.</summary>
    protected static async Task<JsonNode> FirstErrorAsync(HttpResponseMessage response) =>
        (await LayerHost.DocumentOf(response))!["errors"]![0]!;

    /// <summary>The member of the first error's <c>source</c> (<c>pointer</c>, <c>parameter</c> or <c>header</c>).</summary>
    protected static async Task<string> ErrorSourceAsync(HttpResponseMessage response, string member) =>
        (await FirstErrorAsync(response))["source"]![member]!.GetValue<string>();

    /// <summary>The first error's status, detail and the query parameter it names.</summary>
    protected static async Task<(string Status, string Detail, string Parameter)> ErrorOf(HttpResponseMessage response)
    {
        JsonNode error = await FirstErrorAsync(response);
        return (error["status"]!.GetValue<string>(), error["detail"]!.GetValue<string>(), error["source"]!["parameter"]!.GetValue<string>());
    }

    /// <summary>The <c>type/id</c> of each resource of an array of them (a collection's <c>data</c>, or <c>included</c>).</summary>
    protected static IEnumerable<string> IdentitiesOf(JsonNode? resources) =>
        resources!.AsArray().Select(resource => $"{resource!["type"]}/{resource["id"]}");
}
