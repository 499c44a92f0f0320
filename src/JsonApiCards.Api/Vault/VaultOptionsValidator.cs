using System.Buffers;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>Refuses to start the service with vault keys that are missing, malformed or inconsistent.</summary>
/// <remarks>Messages name the configuration keys but never repeat their values.</remarks>
internal sealed class VaultOptionsValidator(IHostEnvironment environment) : IValidateOptions<VaultOptions>
{
    private const int MaxKeyIdLength = 64;

    // Key ids are stored beside every ciphertext and used as associated data, so keep them short and plain.
    private static readonly SearchValues<char> KeyIdCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public ValidateOptionsResult Validate(string? name, VaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!options.HasAnyKeyMaterial)
        {
            return ValidateOptionsResult.Fail(
                $"No card vault keys are configured for the '{environment.EnvironmentName}' environment. " +
                "Set Vault:Keys:{keyId} (base64 of 32 random bytes), Vault:ActiveKeyId and Vault:FingerprintKey " +
                "from a secret store. Keys are generated only in the Development environment.");
        }

        List<string> failures = [];
        if (options.Keys.Count == 0)
        {
            failures.Add("Vault:Keys must hold at least one encryption key: Vault:Keys:{keyId} = base64 of 32 random bytes.");
        }

        foreach (var (keyId, key) in options.Keys)
        {
            if (keyId.Length is 0 or > MaxKeyIdLength || keyId.AsSpan().ContainsAnyExcept(KeyIdCharacters))
            {
                failures.Add($"The vault key id '{keyId}' must be 1 to {MaxKeyIdLength} letters, digits, '-', '_' or '.'.");
            }

            if (!VaultKeyMaterial.TryDecode(key, out _))
            {
                failures.Add($"Vault:Keys:{keyId} must be base64 of {VaultKeyMaterial.KeySizeInBytes} bytes.");
            }
        }

        if (string.IsNullOrEmpty(options.ActiveKeyId))
        {
            failures.Add("Vault:ActiveKeyId must name the key in Vault:Keys that encrypts new card numbers.");
        }
        else if (!options.Keys.ContainsKey(options.ActiveKeyId))
        {
            failures.Add($"Vault:ActiveKeyId is '{options.ActiveKeyId}', but there is no Vault:Keys:{options.ActiveKeyId}.");
        }

        if (!VaultKeyMaterial.TryDecode(options.FingerprintKey, out _))
        {
            failures.Add($"Vault:FingerprintKey must be base64 of {VaultKeyMaterial.KeySizeInBytes} bytes.");
        }
        else if (options.Keys.ContainsValue(options.FingerprintKey!))
        {
            failures.Add("Vault:FingerprintKey must differ from every encryption key in Vault:Keys.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
