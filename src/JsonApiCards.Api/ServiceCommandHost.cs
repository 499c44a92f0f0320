using System.Text.Json;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api;

/// <summary>
/// What the commands of the service's own executable (<c>clients ...</c>, <c>vault ...</c>) share: they run against the
/// configuration and database the service uses (migrated first), take <c>--Key=Value</c> arguments as configuration,
/// print their result as one JSON line on standard output and everything else (logs, errors) on standard error.
/// </summary>
internal static class ServiceCommandHost
{
    // One line: the last line of the output is the answer, whatever a launcher (such as dotnet run's "Building...") printed before it.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The configuration arguments (<c>--Key=Value</c>) and the command's own words after its name.</summary>
    public static (string[] Configuration, string[] Words) Split(string[] args) =>
        ([.. args.Where(IsConfiguration)], [.. args.Skip(1).Where(argument => !IsConfiguration(argument))]);

    /// <summary>Builds the service from the configuration, migrates its database and runs the action in a scope of it.</summary>
    public static async Task<int> RunAsync(string[] configuration, Action<WebApplicationBuilder>? configure, Func<IServiceProvider, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using WebApplication app = CardsServiceApplication.Create(configuration, builder =>
        {
            // Standard output holds the result alone: every log line goes to standard error.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            configure?.Invoke(builder);
        });
        await app.MigrateCardsDatabaseAsync();
        await using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Runs a command whose words <paramref name="parse"/> reads into an action on one service of the app; words it cannot
    /// read print the problem and <paramref name="usage"/> on <paramref name="error"/> and return <paramref name="badArguments"/>.
    /// </summary>
    public static async Task<int> RunServiceActionAsync<TService>(
        string[] args, TextWriter error, string usage, int badArguments, Action<WebApplicationBuilder>? configure, ParseCommand<TService> parse)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(parse);
        var (configuration, words) = Split(args);
        if (!parse(words, out Func<TService, Task<int>>? action, out string? problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(usage);
            return badArguments;
        }

        return await RunAsync(configuration, configure, services => action!(services.GetRequiredService<TService>()));
    }

    /// <summary>Writes the result as one line of JSON and flushes it.</summary>
    public static async Task WriteJsonLineAsync<T>(TextWriter output, T result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(JsonSerializer.Serialize(result, Json).AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static bool IsConfiguration(string argument) => argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal);
}

/// <summary>Reads a command's words into what it does with its service, or says what is wrong with them.</summary>
internal delegate bool ParseCommand<TService>(string[] words, out Func<TService, Task<int>>? action, out string? problem);
