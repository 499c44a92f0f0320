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

    // The content root is the empty temporary directory, so no appsettings file adds keys of its own.
    private WebApplicationBuilder CreateBuilder(string environmentName, Dictionary<string, string?> configuration)
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { EnvironmentName = environmentName, ContentRootPath = _directory.Path });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration);
        return builder;
    }

    [Fact]
    public async Task Configured_keys_are_used_to_protect_and_fingerprint()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Production, new()
        {
            ["Vault:Keys:2026-03"] = TestVaultKeys.Key(0x01),
            ["Vault:Keys:2026-09"] = TestVaultKeys.Key(0x02),
            ["Vault:ActiveKeyId"] = "2026-09",
            ["Vault:FingerprintKey"] = TestVaultKeys.Key(0xF0),
        });
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var protector = app.Services.GetRequiredService<CardNumberProtector>();
        var protectedNumber = protector.Protect("4111111111111111");

        // Assert
        protectedNumber.KeyId.Should().Be("2026-09");
        protector.Unprotect(protectedNumber).Should().Be("4111111111111111");
        app.Services.GetRequiredService<CardFingerprint>().Compute("4111111111111111").Should().HaveLength(64);
        app.Services.GetRequiredService<CardValidator>().Should().NotBeNull();
        app.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public async Task Production_without_keys_fails_at_start_up_with_a_clear_message()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Production, []);
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        var start = () => app.StartAsync();

        // Assert
        (await start.Should().ThrowAsync<OptionsValidationException>())
            .WithMessage("No card vault keys are configured for the 'Production' environment.*");
    }

    [Fact]
    public async Task Partly_configured_keys_fail_at_start_up_even_in_development()
    {
        // Arrange
        var builder = CreateBuilder(Environments.Development, new() { ["Vault:ActiveKeyId"] = "k1" });
        builder.AddCardVault();
        await using var app = builder.Build();

        // Act
        var validate = () => app.Services.GetRequiredService<IStartupValidator>().Validate();

        // Assert
        validate.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Contain("Vault:ActiveKeyId is 'k1', but there is no Vault:Keys:k1.");
    }

    [Fact]
    public async Task Development_without_keys_generates_them_into_the_key_file_and_reuses_them()
    {
        // Arrange
        var keyFile = _directory.Combine("vault-keys.json");
        byte[] ciphertext;
        {
            var firstRun = CreateBuilder(Environments.Development, new() { ["Vault:DevelopmentKeyFile"] = keyFile });
            firstRun.AddCardVault();
            await using var firstApp = firstRun.Build();
            ciphertext = firstApp.Services.GetRequiredService<CardNumberProtector>().Protect("4111111111111111").Ciphertext;
        }

        var secondRun = CreateBuilder(Environments.Development, new() { ["Vault:DevelopmentKeyFile"] = keyFile });
        secondRun.AddCardVault();
        await using var secondApp = secondRun.Build();

        // Act
        var number = secondApp.Services.GetRequiredService<CardNumberProtector>().Unprotect(DevelopmentVaultKeyFile.KeyId, ciphertext);

        // Assert
        File.Exists(keyFile).Should().BeTrue();
        number.Should().Be("4111111111111111");
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
        validate.Should().Throw<OptionsValidationException>().WithMessage("No card vault keys are configured for the 'Staging' environment.*");
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
