using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>Refuses to start the service with vault secrets that are missing or malformed, or a refresh interval out of bounds.</summary>
/// <remarks>Messages name the configuration keys but never repeat their values.</remarks>
internal sealed class VaultOptionsValidator(IHostEnvironment environment) : IValidateOptions<VaultOptions>
{
    public ValidateOptionsResult Validate(string? name, VaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (!options.HasAnySecret)
        {
            return ValidateOptionsResult.Fail(
                $"No card vault key-encryption key is configured for the '{environment.EnvironmentName}' environment. " +
                "Set Vault:KeyEncryptionKey and Vault:FingerprintKey (each base64 of 32 random bytes) from a secret store. " +
                "They are generated only in the Development environment.");
        }

        List<string> failures = [];
        if (!VaultKeyMaterial.TryDecode(options.KeyEncryptionKey, out _))
        {
            failures.Add($"Vault:KeyEncryptionKey must be base64 of {VaultKeyMaterial.KeySizeInBytes} bytes.");
        }

        if (!VaultKeyMaterial.TryDecode(options.FingerprintKey, out _))
        {
            failures.Add($"Vault:FingerprintKey must be base64 of {VaultKeyMaterial.KeySizeInBytes} bytes.");
        }
        else if (options.FingerprintKey == options.KeyEncryptionKey)
        {
            failures.Add("Vault:FingerprintKey must differ from Vault:KeyEncryptionKey.");
        }

        if (options.KeyRefreshInterval <= TimeSpan.Zero || options.KeyRefreshInterval > VaultOptions.MaxKeyRefreshInterval)
        {
            failures.Add($"Vault:KeyRefreshInterval must be more than zero and at most {VaultOptions.MaxKeyRefreshInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
