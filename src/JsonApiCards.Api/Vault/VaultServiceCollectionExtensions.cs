using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>Registers the card vault: validation, encryption and fingerprinting of card numbers, and its keys.</summary>
public static class VaultServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>CardValidator</c>, <c>CardNumberProtector</c> and <c>CardFingerprint</c> as singletons, with secrets from the
    /// <c>Vault</c> configuration section (checked when the app starts; in Development, missing ones are generated once into
    /// <c>Vault:DevelopmentKeyFile</c>, <c>~/.jsonapicards/vault-keys.json</c>) and data keys from the database. A
    /// key-encryption key registered before this call (a KMS or HSM) takes the place of <c>Vault:KeyEncryptionKey</c>.
    /// Also the numbers test mode takes (<c>Vault:TestCardNumbers</c>).
    /// </summary>
    public static WebApplicationBuilder AddCardVault(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<VaultOptions>()
            .BindConfiguration(VaultOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<VaultOptions>, DevelopmentVaultKeysSetup>();
        services.AddSingleton<IValidateOptions<VaultOptions>, VaultOptionsValidator>();

        services.AddOptions<TestCardNumberOptions>()
            .BindConfiguration(TestCardNumberOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TestCardNumberOptions>, TestCardNumberOptionsValidator>();
        services.AddSingleton<TestCardNumbers>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKeyEncryptionKey, ConfiguredKeyEncryptionKey>();
        services.AddScoped<DataKeyStore>();
        services.AddSingleton<DataKeyRing>();
        services.AddScoped<VaultKeyRotation>();
        services.AddSingleton<CardValidator>();
        services.AddSingleton<CardNumberProtector>();
        services.AddSingleton<CardFingerprint>();
        return builder;
    }

    /// <summary>
    /// Reads and unwraps the data keys, making the first key of a mode that has none, so that a key-encryption key that
    /// unwraps nothing stops the start-up instead of the first card write. Run after the database is migrated.
    /// </summary>
    public static Task LoadVaultKeysAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<DataKeyRing>().RefreshAsync(cancellationToken);
    }
}
