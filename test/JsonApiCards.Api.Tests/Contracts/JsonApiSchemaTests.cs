using System.Diagnostics;
using System.Text.Json.Nodes;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Contracts;

/// <summary>
/// Every response document committed as a contract snapshot is valid by the official JSON:API schema, checked with
/// ajv through Node.js (test/schema-check), since no JSON Schema validator for .NET can be restored here.
/// </summary>
public sealed class JsonApiSchemaTests
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Every_snapshot_document_is_valid_by_the_official_JSON_API_schema()
    {
        string testsDirectory = CommittedSnapshots.TestsDirectory();
        JsonArray documents = SnapshotDocuments();
        documents.Count.Should().BeGreaterThan(100, "every snapshot with a body is checked");

        string checkDirectory = Path.GetFullPath(Path.Combine(testsDirectory, "..", "schema-check"));
        if (!Directory.Exists(Path.Combine(checkDirectory, "node_modules", "ajv")))
        {
            (int installed, string installOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], checkDirectory);
            installed.Should().Be(0, installOutput);
        }

        using var input = new TemporaryDirectory();
        string documentsFile = input.Combine("documents.json");
        await File.WriteAllTextAsync(documentsFile, documents.ToJsonString());
        (int exitCode, string output) = await RunAsync("node", [Path.Combine(checkDirectory, "validate.mjs"), documentsFile], checkDirectory);

        output.Should().Contain($"checked {documents.Count}, invalid 0");
        exitCode.Should().Be(0, output);
    }

    private static JsonArray SnapshotDocuments() =>
        new(CommittedSnapshots.Documents().Select(snapshot => (JsonNode)new JsonObject { ["name"] = snapshot.Name, ["document"] = snapshot.Document }).ToArray());

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{program}' must be on the PATH to check documents against the JSON:API schema (Node.js and npm).", exception);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(ToolTimeout))
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            Task<string> errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program}' did not finish within {ToolTimeout}.");
            }

            return (process.ExitCode, await output + await errors);
        }
    }
}
