using System.Net;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;
using NSwag;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// The committed OpenAPI document is the one the code generates, and the one the service serves: a change to a resource, a
/// route or a processor that is not committed to <c>openapi/</c> fails here with the difference. Rewrite the files with
/// <c>UPDATE_OPENAPI=1 dotnet test --filter FullyQualifiedName~OpenApiDocumentDriftTests</c>.
/// </summary>
public sealed class OpenApiDocumentDriftTests(JsonApiCardsApplication app) : IClassFixture<JsonApiCardsApplication>
{
    [Fact]
    public async Task The_committed_json_and_yaml_are_what_the_code_generates()
    {
        OpenApiDocument document = await CommittedOpenApiDocument.GenerateAsync(app.Services);
        (string Path, string Generated)[] files =
        [
            (CommittedOpenApiDocument.JsonPath, CommittedOpenApiDocument.AsFile(document.ToJson())),
            (CommittedOpenApiDocument.YamlPath, CommittedOpenApiDocument.AsFile(document.ToYaml())),
        ];

        foreach (var (path, generated) in files)
        {
            if (CommittedOpenApiDocument.Rewriting)
            {
                await File.WriteAllTextAsync(path, generated);
                continue;
            }

            string committed = File.Exists(path) ? CommittedOpenApiDocument.AsFile(await File.ReadAllTextAsync(path)) : "";
            CommittedOpenApiDocument.Difference(committed, generated).Should().BeNull(
                $"{path} must be what the code generates; review the difference and rewrite it with UPDATE_OPENAPI=1 dotnet test --filter FullyQualifiedName~OpenApiDocumentDriftTests");
        }
    }

    [Fact]
    public async Task Generating_twice_gives_the_same_document()
    {
        string first = (await CommittedOpenApiDocument.GenerateAsync(app.Services)).ToJson();
        string second = (await CommittedOpenApiDocument.GenerateAsync(app.Services)).ToJson();

        second.Should().Be(first);
    }

    [Fact]
    public async Task The_service_serves_the_committed_document_to_anyone_whatever_its_host()
    {
        using HttpClient client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = "127.0.0.1";

        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        JsonNode served = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        JsonNode committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedOpenApiDocument.JsonPath))!;
        JsonNode.DeepEquals(served, committed).Should().BeTrue("the served document must be the committed one, with no server taken from the request");
    }

    [Fact]
    public async Task Swagger_ui_is_served_at_docs_from_the_service_itself()
    {
        using HttpClient client = app.CreateClient();

        using HttpResponseMessage page = await client.GetAsync("/docs/index.html");
        string html = await page.Content.ReadAsStringAsync();

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("swagger-ui-bundle.js").And.NotContain("//cdn", "the page must load its scripts from the service, not a CDN");
        using HttpResponseMessage script = await client.GetAsync("/docs/swagger-ui-bundle.js");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
