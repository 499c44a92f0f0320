using System.Globalization;
using System.Text.Json.Serialization;
using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// <c>vault rotate [--mode test|live] [--batch-size N]</c>, <c>vault keys</c> and <c>vault remove-key KEY_ID</c>: the vault's
/// data keys, managed by the service's own executable against the configuration and database the service uses, while
/// the service runs. Results are JSON lines on standard output; logs and errors go to standard error.
/// </summary>
public static class VaultCommand
{
    public const string Name = "vault";

    public const int Succeeded = 0;

    public const int NotFound = 1;

    public const int BadArguments = 2;

    /// <summary><c>remove-key</c> refused: the key is active, or a card still uses it.</summary>
    public const int Refused = 3;

    /// <summary><c>rotate</c> found cards whose ciphertext does not decrypt; they keep their old key.</summary>
    public const int Incomplete = 4;

    public const int DefaultBatchSize = 500;

    private const int MaxBatchSize = 10_000;

    private const string Usage = """
        usage: vault rotate [--mode test|live] [--batch-size N]
               vault keys
               vault remove-key KEY_ID
        (any --Key=Value argument is configuration, as for the service, e.g. --ConnectionStrings:Cards="Data Source=cards.db")
        """;

    /// <summary>Whether the arguments ask for this command rather than for the service.</summary>
    public static bool IsInvoked(string[] args) => args is [Name, ..];

    /// <param name="args">All arguments, starting with <c>vault</c>.</param>
    /// <param name="configure">Changes to the service's builder, for tests.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var (configuration, words) = ServiceCommandHost.Split(args);
        Func<VaultKeyRotation, Task<int>>? action = words switch
        {
            ["rotate", .. var options] when TryReadRotateOptions(options, out string[] modes, out int batchSize) => async rotation =>
            {
                IReadOnlyList<KeyRotationResult> results = await rotation.RotateAsync(modes, batchSize, cancellationToken);
                foreach (KeyRotationResult result in results)
                {
                    await ServiceCommandHost.WriteJsonLineAsync(output, result, cancellationToken);
                    if (result.UnreadableCardIds.Count > 0)
                    {
                        await error.WriteLineAsync(
                            $"Cards of {result.Mode} mode that do not decrypt under their key keep it (the log says why): {string.Join(", ", result.UnreadableCardIds)}.");
                    }
                }

                return results.Any(result => result.UnreadableCardIds.Count > 0) ? Incomplete : Succeeded;
            },
            ["keys"] => async rotation =>
            {
                await ServiceCommandHost.WriteJsonLineAsync(output, await rotation.ListAsync(cancellationToken), cancellationToken);
                return Succeeded;
            },
            ["remove-key", var keyId] => async rotation => await RemoveAsync(rotation, keyId, output, error, cancellationToken),
            _ => null,
        };

        if (action is null)
        {
            await error.WriteLineAsync(words.Length == 0 ? "Name what to do with the vault." : $"Unknown or incomplete arguments: {string.Join(' ', words)}");
            await error.WriteLineAsync(Usage);
            return BadArguments;
        }

        return await ServiceCommandHost.RunAsync(configuration, configure, services => action(services.GetRequiredService<VaultKeyRotation>()));
    }

    private static async Task<int> RemoveAsync(VaultKeyRotation rotation, string keyId, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (await rotation.RemoveAsync(keyId, cancellationToken))
        {
            case KeyRemoval.Removed:
                await ServiceCommandHost.WriteJsonLineAsync(output, new RemovedKey(keyId), cancellationToken);
                return Succeeded;
            case KeyRemoval.NotFound:
                await error.WriteLineAsync($"No vault data key has the id '{keyId}'.");
                return NotFound;
            case KeyRemoval.Active:
                await error.WriteLineAsync($"The vault data key '{keyId}' is active: run 'vault rotate' first, then remove it.");
                return Refused;
            default:
                await error.WriteLineAsync($"Cards are still encrypted under the vault data key '{keyId}': run 'vault rotate' until none is, then remove it.");
                return Refused;
        }
    }

    private static bool TryReadRotateOptions(string[] options, out string[] modes, out int batchSize)
    {
        modes = [CardsMode.Test, CardsMode.Live];
        batchSize = DefaultBatchSize;
        bool modeSeen = false, batchSizeSeen = false;
        for (int index = 0; index < options.Length; index += 2)
        {
            string? value = index + 1 < options.Length ? options[index + 1] : null;
            switch (options[index])
            {
                case "--mode" when !modeSeen && CardsMode.IsKnown(value):
                    modes = [value!];
                    modeSeen = true;
                    break;
                case "--batch-size" when !batchSizeSeen && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out batchSize) && batchSize is >= 1 and <= MaxBatchSize:
                    batchSizeSeen = true;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private sealed record RemovedKey([property: JsonPropertyName("removed_key_id")] string KeyId);
}
