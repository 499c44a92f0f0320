using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// The committed OpenAPI document passes the tools integrators run on it (test/openapi-check): Redocly's lint with its
/// recommended ruleset (test/openapi-check/redocly.yaml) without an error, and swagger-parser's validation.
/// </summary>
public sealed class OpenApiToolsTests
{
    [Fact]
    public async Task Redocly_lints_the_committed_document_with_the_recommended_rules_without_errors()
    {
        string checkDirectory = await NodeTools.InstalledAsync("openapi-check", "@redocly/cli");
        string config = Path.Combine(checkDirectory, "redocly.yaml");

        (int exitCode, string output) = await NodeTools.RunAsync(
            "node", [Path.Combine(checkDirectory, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", "--config", config, CommittedOpenApiDocument.JsonPath],
            checkDirectory);

        exitCode.Should().Be(0, output);
        output.Should().Contain("Your API description is valid", output);
    }

    [Fact]
    public async Task Swagger_parser_validates_the_committed_document()
    {
        string checkDirectory = await NodeTools.InstalledAsync("openapi-check", "@apidevtools");

        (int exitCode, string output) = await NodeTools.RunAsync("node", [Path.Combine(checkDirectory, "validate-document.mjs"), CommittedOpenApiDocument.JsonPath], checkDirectory);

        exitCode.Should().Be(0, output);
        output.Should().StartWith("valid:", output);
    }
}
