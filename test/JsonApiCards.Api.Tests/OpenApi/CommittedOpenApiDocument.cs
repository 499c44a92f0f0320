using System.Text;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NSwag;
using NSwag.Generation;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document committed under <c>openapi/</c>, as JSON and YAML, and the one the code generates. With
/// <c>UPDATE_OPENAPI=1</c> the drift test rewrites the committed files instead of comparing them.
/// </summary>
public static class CommittedOpenApiDocument
{
    public static string JsonPath => Path.Combine(RepositoryDirectory, "openapi", "JsonApiCards.json");

    public static string YamlPath => Path.Combine(RepositoryDirectory, "openapi", "JsonApiCards.yaml");

    public static bool Rewriting => Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1";

    public static string RepositoryDirectory => Path.GetFullPath(Path.Combine(CommittedSnapshots.TestsDirectory(), "..", ".."));

    /// <summary>The document the service generates, as NSwag serves it.</summary>
    public static Task<OpenApiDocument> GenerateAsync(IServiceProvider services) =>
        services.GetRequiredService<IOpenApiDocumentGenerator>().GenerateAsync("v1");

    /// <summary>The text of the file as the generator writes it: LF line endings, one final newline.</summary>
    public static string AsFile(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    /// <summary>
    /// The first lines where two texts part, with a few lines of context on each side, or null when they are the same: enough
    /// to see what changed without a diff tool.
    /// </summary>
    public static string? Difference(string expected, string received)
    {
        string[] expectedLines = expected.Split('\n'), receivedLines = received.Split('\n');
        int first = 0;
        while (first < expectedLines.Length && first < receivedLines.Length && expectedLines[first] == receivedLines[first])
        {
            first++;
        }

        if (first == expectedLines.Length && first == receivedLines.Length)
        {
            return null;
        }

        int lastExpected = expectedLines.Length - 1, lastReceived = receivedLines.Length - 1;
        while (lastExpected > first && lastReceived > first && expectedLines[lastExpected] == receivedLines[lastReceived])
        {
            lastExpected--;
            lastReceived--;
        }

        const int Context = 3, MaxLines = 60;
        var text = new StringBuilder().Append("@@ line ").Append(first + 1).Append(" @@\n");
        for (int line = Math.Max(0, first - Context); line < first; line++)
        {
            text.Append("  ").Append(expectedLines[line]).Append('\n');
        }

        foreach (string line in expectedLines[first..(lastExpected + 1)].Take(MaxLines))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        foreach (string line in receivedLines[first..(lastReceived + 1)].Take(MaxLines))
        {
            text.Append("+ ").Append(line).Append('\n');
        }

        return text.ToString();
    }
}
