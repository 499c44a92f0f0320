using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>The contract snapshots committed under every <c>__snapshots__</c> folder of this test project, read back.</summary>
public static class CommittedSnapshots
{
    /// <summary>This test project's folder, where the snapshots are.</summary>
    public static string TestsDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;

    /// <summary>
    /// The document of every snapshot whose body is a JSON:API document (served as <c>application/vnd.api+json</c>), by its
    /// path relative to <see cref="TestsDirectory"/>; the adapters' snapshots are in their platforms' shapes instead.
    /// </summary>
    public static IEnumerable<(string Name, JsonNode Document)> Documents()
    {
        string testsDirectory = TestsDirectory();
        var snapshots = Directory.EnumerateFiles(testsDirectory, "*.txt", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "__snapshots__" && !path.EndsWith(".received.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (string path in snapshots)
        {
            string snapshot = File.ReadAllText(path).ReplaceLineEndings("\n");
            int bodyStart = snapshot.IndexOf("\n\n", StringComparison.Ordinal);
            string body = bodyStart < 0 ? "" : snapshot[(bodyStart + 2)..].Trim();
            bool isJsonApi = bodyStart >= 0 && snapshot[..bodyStart].Contains("\nContent-Type: application/vnd.api+json", StringComparison.Ordinal);
            if (isJsonApi && body.StartsWith('{'))
            {
                yield return (Path.GetRelativePath(testsDirectory, path), JsonNode.Parse(body)!);
            }
        }
    }
}
