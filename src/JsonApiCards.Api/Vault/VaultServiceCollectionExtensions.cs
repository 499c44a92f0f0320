using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Vault;

/// <summary>Registers the card vault: validation, encryption and fingerprinting of card numbers.</summary>
public static class VaultServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>CardValidator</c>, <c>CardNumberProtector</c> and <c>CardFingerprint</c> as singletons, with keys from the
    /// <c>Vault</c> configuration section, and the numbers test mode takes (<c>Vault:TestCardNumbers</c>). Keys are checked when the app starts; in Development, missing keys are
    /// generated once into <c>Vault:DevelopmentKeyFile</c> (<c>~/.jsonapicards/vault-keys.json</c>).
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
        services.AddSingleton<VaultKeyRing>();
        services.AddSingleton<CardValidator>();
        services.AddSingleton<CardNumberProtector>();
        services.AddSingleton<CardFingerprint>();
        return builder;
    }
}
