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

        return await ServiceCommandHost.RunServiceActionAsync(
            args, error, Usage, BadArguments, configure,
            (string[] words, out Func<ApiClients, Task<int>>? action, out string? problem) => TryParse(words, out action, out problem, output, error, cancellationToken));
    }

    private static bool TryParse(string[] words, out Func<ApiClients, Task<int>>? action, out string? problem, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        action = null;
        problem = null;
        switch (words)
        {
            case ["create", .. var options] when NewCredential.TryReadCreateOptions(options, out string? mode, out string? name, out problem):
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
