using System.Text.Json.Nodes;

namespace JsonApiCards.JsonApi.Tests.Endpoints.Routes;

/// <summary>Tests that call the layer's routes: each test gets a host of its own over freshly seeded data.</summary>
public abstract class LayerRoutesTests : IAsyncLifetime
{
    private LayerHost _host = null!;

    protected HttpClient Client => _host.Client;

    public async Task InitializeAsync() => _host = await LayerHost.StartAsync(Configure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Changes the layer's options for every test of the class.</summary>
    protected virtual void Configure(JsonApiOptions options)
    {
    }

    /// <summary>Reads the linkage at <paramref name="url"/> and compares its <c>data</c> with <paramref name="expectedData"/>.</summary>
    protected async Task LinkageShouldBe(string url, string expectedData)
    {
        JsonNode document = (await LayerHost.DocumentOf(await Client.GetAsync(url)))!;
        JsonNode.DeepEquals(document["data"], JsonNode.Parse(expectedData)).Should().BeTrue(document.ToJsonString());
    }

    /// <summary>The <c>type/id</c> of each resource of an array of them (a collection's <c>data</c>, or <c>included</c>).</summary>
    protected static IEnumerable<string> IdentitiesOf(JsonNode? resources) =>
        resources!.AsArray().Select(resource => $"{resource!["type"]}/{resource["id"]}");
}
