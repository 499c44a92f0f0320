using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// Every response snapshot is valid by the schema the committed OpenAPI document declares for its request's operation, its
/// status and its media type (test/openapi-check/validate-snapshots.mjs, ajv): a snapshot whose operation or status the
/// document does not declare fails, and so does a write-only attribute in a response.
/// </summary>
public sealed class OpenApiSnapshotSchemaTests
{
    [Fact]
    public async Task Every_response_snapshot_is_valid_by_the_schema_declared_for_its_operation_and_status()
    {
        ResponseSnapshot[] snapshots = [.. CommittedSnapshots.Responses()];
        snapshots.Length.Should().BeGreaterThan(100, "every response snapshot is checked");

        (int exitCode, string output) = await ValidateAsync(snapshots);

        output.Should().Contain($"checked {snapshots.Length}, invalid 0");
        exitCode.Should().Be(0, output);
    }

    [Fact]
    public async Task A_response_the_document_does_not_declare_or_that_breaks_its_schema_fails()
    {
        JsonNode card = JsonNode.Parse("""{"data": {"type": "credit_cards", "id": "1", "attributes": {"number": "4111111111111111"}}}""")!;
        ResponseSnapshot[] snapshots =
        [
            new("unknown-path.txt", "GET", "/api/nothing_here", 200, "application/vnd.api+json", new JsonObject()),
            new("undeclared-status.txt", "GET", "/api/credit_cards", 418, "application/vnd.api+json", new JsonObject()),
            new("write-only-in-response.txt", "GET", "/api/credit_cards/1", 200, "application/vnd.api+json", card),
            new("undeclared-method-not-an-error.txt", "PUT", "/api/credit_cards/1", 405, "application/vnd.api+json", card),
        ];

        (int exitCode, string output) = await ValidateAsync(snapshots);

        exitCode.Should().Be(1, output);
        output.Should().Contain("unknown-path.txt: the document has no path for /api/nothing_here")
            .And.Contain("undeclared-status.txt: GET /api/credit_cards declares no 418 response")
            .And.Contain("write-only-in-response.txt: GET /api/credit_cards/{id} 200:")
            .And.Contain("/data/attributes/number must NOT be valid")
            .And.Contain("undeclared-method-not-an-error.txt: PUT /api/credit_cards/1 405: / must have required property 'errors'")
            .And.Contain("checked 4, invalid 4");
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(IEnumerable<ResponseSnapshot> snapshots)
    {
        string checkDirectory = await NodeTools.InstalledAsync("openapi-check", "ajv");
        using var input = new TemporaryDirectory();
        string snapshotsFile = input.Combine("snapshots.json");
        await File.WriteAllTextAsync(snapshotsFile, new JsonArray([.. snapshots.Select(snapshot => (JsonNode)snapshot.ToJson())]).ToJsonString());
        return await NodeTools.RunAsync("node", [Path.Combine(checkDirectory, "validate-snapshots.mjs"), CommittedOpenApiDocument.JsonPath, snapshotsFile], checkDirectory);
    }
}
