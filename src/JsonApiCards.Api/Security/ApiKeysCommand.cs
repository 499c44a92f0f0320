using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Security;

/// <summary>
/// <c>api-keys create --mode test|live --name NAME</c>, <c>api-keys list</c> and <c>api-keys disable KEY_ID</c>: the keys
/// Ottu-style callers send as <c>Authorization: Api-Key &lt;key&gt;</c>, managed like <c>clients</c> (see
/// <see cref="ClientsCommand"/>): JSON on standard output, a new key shown there once and nowhere else.
/// </summary>
public static class ApiKeysCommand
{
    public const string Name = "api-keys";

    private const string Usage = """
        usage: api-keys create --mode test|live --name NAME
               api-keys list
               api-keys disable KEY_ID
        (any --Key=Value argument is configuration, as for the service, e.g. --ConnectionStrings:Cards="Data Source=cards.db")
        """;

    /// <summary>Whether the arguments ask for this command rather than for the service.</summary>
    public static bool IsInvoked(string[] args) => args is [Name, ..];

    /// <param name="args">All arguments, starting with <c>api-keys</c>.</param>
    /// <param name="configure">Changes to the service's builder, for tests.</param>
    /// <returns><see cref="ClientsCommand.Succeeded"/>, <see cref="ClientsCommand.NotFound"/> or <see cref="ClientsCommand.BadArguments"/>.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        return await ServiceCommandHost.RunServiceActionAsync(
            args, error, Usage, ClientsCommand.BadArguments, configure,
            (string[] words, out Func<ApiKeys, Task<int>>? action, out string? problem) => TryParse(words, out action, out problem, output, error, cancellationToken));
    }

    private static bool TryParse(string[] words, out Func<ApiKeys, Task<int>>? action, out string? problem, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        action = null;
        problem = null;
        switch (words)
        {
            case ["create", .. var options] when NewCredential.TryReadCreateOptions(options, out string? mode, out string? name, out problem):
                action = async keys =>
                {
                    var (key, value) = await keys.CreateAsync(mode!, name!, cancellationToken);
                    await ServiceCommandHost.WriteJsonLineAsync(output, new CreatedKey(value, key.Mode), cancellationToken);
                    return ClientsCommand.Succeeded;
                };
                return true;
            case ["create", ..]:
                return false;
            case ["list"]:
                action = async keys =>
                {
                    List<ApiKey> all = await keys.ListAsync(cancellationToken);
                    await ServiceCommandHost.WriteJsonLineAsync(output, all.Select(ListedKey.Of).ToList(), cancellationToken);
                    return ClientsCommand.Succeeded;
                };
                return true;
            case ["disable", var keyId]:
                action = async keys =>
                {
                    if (await keys.DisableAsync(keyId, cancellationToken) is not { } key)
                    {
                        await error.WriteLineAsync($"No API key has the id '{keyId}'.");
                        return ClientsCommand.NotFound;
                    }

                    await ServiceCommandHost.WriteJsonLineAsync(output, ListedKey.Of(key), cancellationToken);
                    return ClientsCommand.Succeeded;
                };
                return true;
            default:
                problem = words.Length == 0 ? "Name what to do with API keys." : $"Unknown arguments: {string.Join(' ', words)}";
                return false;
        }
    }

    private sealed record CreatedKey(
        [property: JsonPropertyName("api_key")] string Value,
        [property: JsonPropertyName("mode")] string Mode)
    {
        public override string ToString() => $"{nameof(CreatedKey)} {{ Mode = {Mode} }}";
    }

    private sealed record ListedKey(
        [property: JsonPropertyName("key_id")] string KeyId,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("mode")] string Mode,
        [property: JsonPropertyName("created_at")] DateTime CreatedAt,
        [property: JsonPropertyName("disabled_at")] DateTime? DisabledAt)
    {
        public static ListedKey Of(ApiKey key) => new(key.KeyId, key.Name, key.Mode, key.CreatedAt, key.DisabledAt);
    }
}
