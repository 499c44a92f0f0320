using System.Diagnostics;
using System.Text;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// The service's own executable running as a server, as one instance of a deployment runs: in the Testing environment, on
/// a free loopback port that Kestrel picks and reports, stopped (the process this started, and only it) on dispose.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private const string ListeningLine = "Now listening on: ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process) => _process = process;

    /// <summary>Where the instance listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the instance wrote to standard output and standard error so far, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts an instance with the configuration (<c>--Key=Value</c>) and waits until it listens.</summary>
    public static async Task<ServiceProcess> StartAsync(IEnumerable<string> configuration)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JsonApiCards.Api.dll"));
        foreach (string argument in configuration.Append("--urls=http://127.0.0.1:0"))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var instance = new ServiceProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        instance._process.OutputDataReceived += (_, line) => instance.Note(line.Data);
        instance._process.ErrorDataReceived += (_, line) => instance.Note(line.Data);
        instance._process.Exited += (_, _) => instance._listening.TrySetException(
            new InvalidOperationException($"The service exited before it listened:\n{instance.Output}"));
        instance._process.Start();
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        try
        {
            instance.Address = await instance._listening.Task.WaitAsync(StartTimeout);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>A plain client of this instance.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>Ends the process at once, as a crash, an out-of-memory kill or a lost host does: SIGKILL, no shutdown at all.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Asks the process to stop as a platform does before it replaces an instance (SIGTERM), and waits at most
    /// <paramref name="timeout"/> for it to exit. Returns its exit code, or null when it is still running.
    /// </summary>
    public async Task<int?> TerminateAsync(TimeSpan timeout)
    {
        using (Process signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var waiting = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(waiting.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Note(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        int at = line.IndexOf(ListeningLine, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(new Uri(line[(at + ListeningLine.Length)..].Trim()));
        }
    }
}
