using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Security;

/// <summary>
/// Fills in generated signing keys when none are configured and the environment is Development, so a restart keeps
/// tokens valid. In any other environment missing keys stay missing, and <see cref="AuthOptionsValidator"/> stops the start-up.
/// </summary>
internal sealed class DevelopmentSigningKeysSetup(IHostEnvironment environment) : IPostConfigureOptions<AuthOptions>
{
    public void PostConfigure(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SigningKeys.Count > 0 || !string.IsNullOrEmpty(options.ActiveSigningKeyId) || !environment.IsDevelopment())
        {
            return;
        }

        var keys = DevelopmentSigningKeys.Load(options.DevelopmentKeyFile);
        foreach (var (keyId, key) in keys.SigningKeys)
        {
            options.SigningKeys[keyId] = key;
        }

        options.ActiveSigningKeyId = keys.ActiveSigningKeyId;
    }
}
