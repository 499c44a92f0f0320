using System.ComponentModel;
using System.Diagnostics;

namespace JsonApiCards.Client.Tests.TypeScript;

/// <summary>A Node.js or npm command run to its end in a folder, with its output (standard output and error, in order of arrival).</summary>
internal static class NodeCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new System.Text.StringBuilder();
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
                $"'{program}' must be on the PATH to run the TypeScript sample: install Node.js 20 or later with npm (on Debian: apt-get install nodejs npm).", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish within {Timeout}:\n{Text(output)}");
        }

        return (process.ExitCode, Text(output));
    }

    private static void Append(System.Text.StringBuilder output, string? line)
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

    private static string Text(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
