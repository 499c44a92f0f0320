using System.Diagnostics;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// The Node.js checks beside this project (test/schema-check, test/openapi-check): npm folders with pinned packages that
/// CI installs first; a test installs them itself when they are missing.
/// </summary>
public static class NodeTools
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(3);

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

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Redocly CLI would otherwise report usage and look for a newer version over the network.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{program}' must be on the PATH to run the Node.js checks (Node.js and npm).", exception);
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
