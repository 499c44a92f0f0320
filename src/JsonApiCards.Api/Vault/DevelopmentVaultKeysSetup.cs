using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Fills in a generated key-encryption key and fingerprint secret when neither is configured and the environment is
/// Development. In any other environment missing secrets are left missing, and <see cref="VaultOptionsValidator"/> stops the start-up.
/// </summary>
/// <remarks>
/// This runs when the options are first built rather than in <c>AddCardVault</c>, so that it sees configuration
/// added after <c>AddCardVault</c> was called, such as a test host's overrides.
/// </remarks>
internal sealed class DevelopmentVaultKeysSetup(IHostEnvironment environment) : IPostConfigureOptions<VaultOptions>
{
    public void PostConfigure(string? name, VaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HasAnySecret || !environment.IsDevelopment())
        {
            return;
        }

        var keys = DevelopmentVaultKeyFile.Load(options.DevelopmentKeyFile);
        options.KeyEncryptionKey = keys.KeyEncryptionKey;
        options.FingerprintKey = keys.FingerprintKey;
    }
}
