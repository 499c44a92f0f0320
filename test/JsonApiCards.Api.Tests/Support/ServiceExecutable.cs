using System.Diagnostics;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>The service's own executable, run as from a shell, in the Testing environment.</summary>
internal static class ServiceExecutable
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JsonApiCards.Api.dll"));
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
