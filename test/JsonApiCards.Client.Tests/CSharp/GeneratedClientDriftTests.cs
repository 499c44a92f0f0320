using JsonApiCards.Api.Tests.OpenApi;
using JsonApiCards.ClientGenerator;

namespace JsonApiCards.Client.Tests.CSharp;

/// <summary>
/// The committed C# client is what NSwag's generator makes from the committed OpenAPI document, so a change to the
/// document that is not carried to the client fails here with the difference. Rewrite it with
/// <c>UPDATE_CLIENTS=1 dotnet test test/JsonApiCards.Client.Tests --filter FullyQualifiedName~GeneratedClientDriftTests</c>.
/// </summary>
public sealed class GeneratedClientDriftTests
{
    private static readonly string ClientPath = Repository.Combine("samples", "csharp", "JsonApiCards.Client", "JsonApiCardsClient.g.cs");

    [Fact]
    public async Task The_committed_csharp_client_is_what_the_generator_makes_from_the_committed_document()
    {
        string generated = await CSharpClient.GenerateAsync(await File.ReadAllTextAsync(CommittedOpenApiDocument.JsonPath));

        if (Environment.GetEnvironmentVariable("UPDATE_CLIENTS") == "1")
        {
            await File.WriteAllTextAsync(ClientPath, generated);
            return;
        }

        string committed = File.Exists(ClientPath) ? CommittedOpenApiDocument.AsFile(await File.ReadAllTextAsync(ClientPath)) : "";
        CommittedOpenApiDocument.Difference(committed, generated).Should().BeNull(
            $"{ClientPath} must be what the generator makes from openapi/JsonApiCards.json; review the difference and rewrite it with UPDATE_CLIENTS=1 dotnet test test/JsonApiCards.Client.Tests --filter FullyQualifiedName~GeneratedClientDriftTests");
    }
}
