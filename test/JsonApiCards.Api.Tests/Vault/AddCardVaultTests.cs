using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class AddCardVaultTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    // The content root is the empty temporary directory, so no appsettings file adds keys of its own. The vault keeps its
    // data keys in the service's database, so the data services come too (Development checks every registration at build).
    private WebApplicationBuilder CreateBuilder(string environmentName, Dictionary<string, string?> configuration)
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { EnvironmentName = environmentName, ContentRootPath = _directory.Path });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Configuration["ConnectionStrings:Cards"] = $"Data Source={_directory.Combine("cards.db")}";
        builder.AddCardsData();
        return builder;
    }

    [Fact]
    public async Task Configured_secrets_are_used_to_wrap_data_keys_and_fingerprint()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Production, new()
        {
            ["Vault:KeyEncryptionKey"] = TestVaultKeys.Key(0x0E),
            ["Vault:FingerprintKey"] = TestVaultKeys.Key(0xF0),
        });
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var kek = app.Services.GetRequiredService<IKeyEncryptionKey>();
        byte[] wrapped = await kek.WrapAsync(new byte[32], "context"u8.ToArray(), CancellationToken.None);

        // Assert
        kek.Should().BeOfType<ConfiguredKeyEncryptionKey>();
        (await new ConfiguredKeyEncryptionKey(Options.Create(TestVaultKeys.Options(keyEncryptionKeyFill: 0x0E))).UnwrapAsync(wrapped, "context"u8.ToArray(), CancellationToken.None))
            .Should().Equal(new byte[32]);
        app.Services.GetRequiredService<CardFingerprint>().Compute("4111111111111111", "test").Should().HaveLength(64);
        app.Services.GetRequiredService<CardNumberProtector>().Should().NotBeNull();
        app.Services.GetRequiredService<CardValidator>().Should().NotBeNull();
        app.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public async Task A_key_encryption_key_registered_before_replaces_the_configured_one()
    {
        // Arrange: as a KMS or HSM implementation would be registered.
        var builder = CreateBuilder(Environments.Production, new() { ["Vault:FingerprintKey"] = TestVaultKeys.Key(0xF0), ["Vault:KeyEncryptionKey"] = TestVaultKeys.Key(0x0E) });
        var kms = new ConfiguredKeyEncryptionKey(Options.Create(TestVaultKeys.Options(keyEncryptionKeyFill: 0x0D)));
        builder.Services.AddSingleton<IKeyEncryptionKey>(kms);

        // Act
        builder.AddCardVault();
        await using var app = builder.Build();

        // Assert
        app.Services.GetRequiredService<IKeyEncryptionKey>().Should().BeSameAs(kms);
    }

    [Fact]
    public async Task Production_without_secrets_fails_at_start_up_with_a_clear_message()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Production, []);
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        var start = () => app.StartAsync();

        // Assert
        (await start.Should().ThrowAsync<OptionsValidationException>())
            .WithMessage("No card vault key-encryption key is configured for the 'Production' environment.*Vault:KeyEncryptionKey*");
    }

    [Fact]
    public async Task Partly_configured_secrets_fail_at_start_up_even_in_development()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Development, new() { ["Vault:FingerprintKey"] = TestVaultKeys.Key(0xF0) });
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        var validate = () => app.Services.GetRequiredService<IStartupValidator>().Validate();

        // Assert
        validate.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Contain("Vault:KeyEncryptionKey must be base64 of 32 bytes.");
    }

    [Fact]
    public async Task Development_without_secrets_generates_them_into_an_owner_only_key_file_and_reuses_them()
    {
        // Arrange
        var keyFile = _directory.Combine("keys", "vault-keys.json");
        VaultOptions first;
        {
            var firstRun = CreateBuilder(Environments.Development, new() { ["Vault:DevelopmentKeyFile"] = keyFile });
            firstRun.AddCardVault();
            await using var firstApp = firstRun.Build();
            first = firstApp.Services.GetRequiredService<IOptions<VaultOptions>>().Value;
        }

        var secondRun = CreateBuilder(Environments.Development, new() { ["Vault:DevelopmentKeyFile"] = keyFile });
        secondRun.AddCardVault();
        await using var secondApp = secondRun.Build();

        // Act
        var second = secondApp.Services.GetRequiredService<IOptions<VaultOptions>>().Value;

        // Assert
        VaultKeyMaterial.TryDecode(first.KeyEncryptionKey, out _).Should().BeTrue();
        VaultKeyMaterial.TryDecode(first.FingerprintKey, out _).Should().BeTrue();
        second.KeyEncryptionKey.Should().Be(first.KeyEncryptionKey);
        second.FingerprintKey.Should().Be(first.FingerprintKey);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public async Task Staging_without_keys_does_not_fall_back_to_development_keys()
    {
        // Arrange
        var keyFile = _directory.Combine("vault-keys.json");
        var builder = CreateBuilder(Environments.Staging, new() { ["Vault:DevelopmentKeyFile"] = keyFile });
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        var validate = () => app.Services.GetRequiredService<IStartupValidator>().Validate();

        // Assert
        validate.Should().Throw<OptionsValidationException>().WithMessage("No card vault key-encryption key is configured for the 'Staging' environment.*");
        File.Exists(keyFile).Should().BeFalse();
    }

    [Fact]
    public async Task Time_provider_registered_before_is_kept()
    {
        // Arrange
        var clock = new SettableTimeProvider(DateTimeOffset.UnixEpoch);
        var builder = CreateBuilder(Environments.Production, []);
        builder.Services.AddSingleton<TimeProvider>(clock);

        // Act
        builder.AddCardVault();
        await using var app = builder.Build();

        // Assert
        app.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(clock);
    }
}
