using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Contract snapshots: the request line (method, path and query), the status line, the headers a client relies on and the pretty-printed body of a response,
/// kept in <c>__snapshots__/{TestClass}.{Test}.txt</c> beside the test and reviewed like code.
/// A missing or different snapshot fails the test and leaves a <c>.received.txt</c> beside it; run with
/// <c>UPDATE_SNAPSHOTS=1</c> to accept what was received.
/// </summary>
public static class Snapshot
{
    private static readonly string[] ContractHeaders = ["Content-Type", "Location", "Allow", "ETag"];
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task MatchAsync(HttpResponseMessage response, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "") =>
        MatchAsync(response, new Dictionary<string, string>(), name, testFile, testName);

    /// <summary>Matches with generated values (random tokens, order numbers) replaced by the stable placeholders given for them.</summary>
    public static async Task MatchAsync(HttpResponseMessage response, IReadOnlyDictionary<string, string> placeholders, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        string received = await DescribeAsync(response);
        foreach (var (value, placeholder) in placeholders)
        {
            received = received.Replace(value, placeholder, StringComparison.Ordinal);
        }

        await MatchTextAsync(received, name, testFile, testName);
    }

    /// <summary>Matches a text that is itself the contract (a list the code is held to), kept like a response snapshot.</summary>
    public static async Task MatchTextAsync(string received, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(received);
        string directory = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        string baseName = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testName}";
        string expectedPath = Path.Combine(directory, baseName + ".txt");
        string receivedPath = Path.Combine(directory, baseName + ".received.txt");

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(expectedPath, received);
            File.Delete(receivedPath);
            return;
        }

        string? expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : null;
        if (expected is not null && expected.ReplaceLineEndings("\n") == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(receivedPath, received);
        received.Should().Be(expected, expected is null
            ? $"there is no snapshot {expectedPath} yet; review {receivedPath} and accept it with UPDATE_SNAPSHOTS=1"
            : $"the response must match {expectedPath}");
    }

    public static async Task<string> DescribeAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = new StringBuilder();
        if (response.RequestMessage is { RequestUri: { } uri } request)
        {
            // The request that got the response, so a snapshot can be checked against what the OpenAPI document declares for it.
            text.Append(request.Method.Method).Append(' ').Append(uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString).Append('\n');
        }

        return text.Append(await DescribeResponseAsync(response)).ToString();
    }

    /// <summary>The response alone, without the request line: to compare the answers two requests got.</summary>
    public static async Task<string> DescribeResponseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = new StringBuilder();
        text.Append("HTTP ").Append((int)response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append('\n');
        foreach (string header in ContractHeaders)
        {
            if (response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values))
            {
                text.Append(header).Append(": ").Append(string.Join(", ", values)).Append('\n');
            }
        }

        string body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            text.Append('\n');
            try
            {
                using var document = JsonDocument.Parse(body);
                text.Append(JsonSerializer.Serialize(document.RootElement, Pretty));
            }
            catch (JsonException)
            {
                text.Append(body);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
