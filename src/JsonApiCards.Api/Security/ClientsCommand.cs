using System.Text.Json.Serialization;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Security;

/// <summary>
/// <c>clients create --mode test|live --name NAME</c>, <c>clients list</c> and <c>clients disable CLIENT_ID</c>: integration
/// credentials, managed by the service's own executable against the configuration and database the service uses (migrated
/// first). Results are JSON on standard output (a new client's secret is shown there once, and nowhere else); logs and
/// errors go to standard error. Other <c>--Key=Value</c> arguments are configuration, as for the service.
/// </summary>
public static class ClientsCommand
{
    public const string Name = "clients";

    public const int Succeeded = 0;

    public const int NotFound = 1;

    public const int BadArguments = 2;

    private const string Usage = """
        usage: clients create --mode test|live --name NAME
               clients list
               clients disable CLIENT_ID
        (any --Key=Value argument is configuration, as for the service, e.g. --ConnectionStrings:Cards="Data Source=cards.db")
        """;

    /// <summary>Whether the arguments ask for this command rather than for the service.</summary>
    public static bool IsInvoked(string[] args) => args is [Name, ..];

    /// <param name="args">All arguments, starting with <c>clients</c>.</param>
    /// <param name="configure">Changes to the service's builder, for tests.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var (configuration, words) = ServiceCommandHost.Split(args);
        if (!TryParse(words, out Func<ApiClients, Task<int>>? action, out string? problem, output, error, cancellationToken))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return BadArguments;
        }

        return await ServiceCommandHost.RunAsync(configuration, configure, services => action!(services.GetRequiredService<ApiClients>()));
    }

    private static bool TryParse(string[] words, out Func<ApiClients, Task<int>>? action, out string? problem, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        action = null;
        problem = null;
        switch (words)
        {
            case ["create", .. var options] when TryReadCreateOptions(options, out string? mode, out string? name, out problem):
                action = async clients =>
                {
                    var (client, secret) = await clients.CreateAsync(mode!, name!, cancellationToken);
                    await WriteAsync(output, new CreatedClient(client.ClientId, secret, client.Mode), cancellationToken);
                    return Succeeded;
                };
                return true;
            case ["create", ..]:
                return false;
            case ["list"]:
                action = async clients =>
                {
                    List<ApiClient> all = await clients.ListAsync(cancellationToken);
                    await WriteAsync(output, all.Select(ListedClient.Of).ToList(), cancellationToken);
                    return Succeeded;
                };
                return true;
            case ["disable", var clientId]:
                action = async clients =>
                {
                    if (await clients.DisableAsync(clientId, cancellationToken) is not { } client)
                    {
                        await error.WriteLineAsync($"No client has the id '{clientId}'.");
                        return NotFound;
                    }

                    await WriteAsync(output, ListedClient.Of(client), cancellationToken);
                    return Succeeded;
                };
                return true;
            default:
                problem = words.Length == 0 ? "Name what to do with clients." : $"Unknown arguments: {string.Join(' ', words)}";
                return false;
        }
    }

    private static bool TryReadCreateOptions(string[] options, out string? mode, out string? name, out string? problem)
    {
        mode = name = problem = null;
        for (int index = 0; index < options.Length; index += 2)
        {
            string? value = index + 1 < options.Length ? options[index + 1] : null;
            switch (options[index])
            {
                case "--mode" when value is not null && mode is null:
                    mode = value;
                    break;
                case "--name" when value is not null && name is null:
                    name = value;
                    break;
                default:
                    problem = $"Unknown, repeated or incomplete option: {options[index]}";
                    return false;
            }
        }

        if (!CardsMode.IsKnown(mode))
        {
            problem = $"--mode must be '{CardsMode.Test}' or '{CardsMode.Live}'.";
        }
        else if (string.IsNullOrWhiteSpace(name) || name.Length > ApiClients.MaxNameLength)
        {
            problem = $"--name must be 1 to {ApiClients.MaxNameLength} characters.";
        }

        return problem is null;
    }

    private static Task WriteAsync<T>(TextWriter output, T result, CancellationToken cancellationToken) =>
        ServiceCommandHost.WriteJsonLineAsync(output, result, cancellationToken);

    private sealed record CreatedClient(
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("client_secret")] string ClientSecret,
        [property: JsonPropertyName("mode")] string Mode)
    {
        public override string ToString() => $"{nameof(CreatedClient)} {{ ClientId = {ClientId}, Mode = {Mode} }}";
    }

    private sealed record ListedClient(
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("mode")] string Mode,
        [property: JsonPropertyName("created_at")] DateTime CreatedAt,
        [property: JsonPropertyName("disabled_at")] DateTime? DisabledAt)
    {
        public static ListedClient Of(ApiClient client) => new(client.ClientId, client.Name, client.Mode, client.CreatedAt, client.DisabledAt);
    }
}
