using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Contracts;

/// <summary>
/// Every response document committed as a contract snapshot is valid by the official JSON:API schema, checked with
/// ajv through Node.js (test/schema-check), since no JSON Schema validator for .NET can be restored here.
/// </summary>
public sealed class JsonApiSchemaTests
{
    [Fact]
    public async Task Every_snapshot_document_is_valid_by_the_official_JSON_API_schema()
    {
        JsonArray documents = SnapshotDocuments();
        documents.Count.Should().BeGreaterThan(100, "every snapshot with a body is checked");
        string checkDirectory = await NodeTools.InstalledAsync("schema-check", "ajv");

        using var input = new TemporaryDirectory();
        string documentsFile = input.Combine("documents.json");
        await File.WriteAllTextAsync(documentsFile, documents.ToJsonString());
        (int exitCode, string output) = await NodeTools.RunAsync("node", [Path.Combine(checkDirectory, "validate.mjs"), documentsFile], checkDirectory);

        output.Should().Contain($"checked {documents.Count}, invalid 0");
        exitCode.Should().Be(0, output);
    }

    private static JsonArray SnapshotDocuments() =>
        new(CommittedSnapshots.Documents().Select(snapshot => (JsonNode)new JsonObject { ["name"] = snapshot.Name, ["document"] = snapshot.Document }).ToArray());
}
