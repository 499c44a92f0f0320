using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// The Node.js folders the tests run (test/schema-check, test/openapi-check, samples/typescript): npm folders with pinned
/// packages that CI installs first; a test installs them itself when they are missing.
/// </summary>
public static class NodeTools
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The folder test/<paramref name="name"/>, its packages installed (<c>npm ci</c>) when <paramref name="package"/> is not.</summary>
    public static async Task<string> InstalledAsync(string name, string package)
    {
        string folder = Path.GetFullPath(Path.Combine(CommittedSnapshots.TestsDirectory(), "..", name));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", package)))
        {
            (int installed, string installOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            installed.Should().Be(0, installOutput);
        }

        return folder;
    }

    /// <summary>
    /// Runs a Node.js or npm command in <paramref name="workingDirectory"/> to its end, with its standard output and error
    /// in order of arrival.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };

        // Redocly CLI would otherwise report usage and look for a newer version over the network.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{program}' must be on the PATH: install Node.js 20 or later with npm (on Debian: apt-get install nodejs npm).", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish within {ToolTimeout}:\n{Text(output)}");
        }

        return (process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
