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
    /// Every snapshot of a response, by its path relative to <see cref="TestsDirectory"/>: the request that got it (method,
    /// path and query), its status, media type and body (parsed when it is JSON, as a string otherwise, null when empty).
    /// </summary>
    public static IEnumerable<ResponseSnapshot> Responses()
    {
        string testsDirectory = TestsDirectory();
        foreach (string path in Files())
        {
            string snapshot = File.ReadAllText(path).ReplaceLineEndings("\n");
            string[] head = snapshot.Split("\n\n", 2)[0].Split('\n');
            if (head.Length < 2 || !head[1].StartsWith("HTTP ", StringComparison.Ordinal))
            {
                continue;
            }

            string[] request = head[0].Split(' ', 2);
            int status = int.Parse(head[1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            string? mediaType = head.FirstOrDefault(line => line.StartsWith("Content-Type: ", StringComparison.Ordinal))?["Content-Type: ".Length..].Split(';')[0].Trim();
            string body = snapshot.Contains("\n\n", StringComparison.Ordinal) ? snapshot.Split("\n\n", 2)[1].Trim() : "";
            JsonNode? parsed = body.Length == 0 ? null : body[0] is '{' or '[' ? JsonNode.Parse(body) : JsonValue.Create(body);
            yield return new ResponseSnapshot(Path.GetRelativePath(testsDirectory, path), request[0], request[1], status, mediaType, parsed);
        }
    }

    /// <summary>
    /// The document of every snapshot whose body is a JSON:API document (served as <c>application/vnd.api+json</c>), by its
    /// path relative to <see cref="TestsDirectory"/>; the adapters' snapshots are in their platforms' shapes instead.
    /// </summary>
    public static IEnumerable<(string Name, JsonNode Document)> Documents()
    {
        string testsDirectory = TestsDirectory();
        foreach (string path in Files())
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

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(TestsDirectory(), "*.txt", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(Path.GetDirectoryName(path)) == "__snapshots__" && !path.EndsWith(".received.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
