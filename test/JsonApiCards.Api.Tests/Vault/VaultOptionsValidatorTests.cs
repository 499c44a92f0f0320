using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class VaultOptionsValidatorTests
{
    private static readonly VaultOptionsValidator Validator = new(new ProductionEnvironment());

    [Fact]
    public void Well_formed_secrets_are_accepted()
    {
        // Act
        var result = Validator.Validate(null, TestVaultKeys.Options());

        // Assert
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Missing_secrets_are_refused_with_the_settings_to_set()
    {
        // Act
        var result = Validator.Validate(null, new VaultOptions());

        // Assert
        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("No card vault key-encryption key is configured for the 'Production' environment")
            .And.Contain("Vault:KeyEncryptionKey").And.Contain("Vault:FingerprintKey");
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    [InlineData("")]
    public void Key_encryption_key_that_is_not_base64_of_32_bytes_is_refused(string key)
    {
        // Arrange
        var options = TestVaultKeys.Options();
        options.KeyEncryptionKey = key;

        // Act
        var result = Validator.Validate(null, options);

        // Assert
        result.Failures.Should().ContainSingle().Which.Should().Be("Vault:KeyEncryptionKey must be base64 of 32 bytes.");
    }

    [Fact]
    public void Failure_messages_never_repeat_a_key()
    {
        // Arrange: a 31-byte key, close enough to a real one to be worth keeping secret.
        var nearlyAKey = Convert.ToBase64String(new byte[31]);
        var options = new VaultOptions { KeyEncryptionKey = nearlyAKey, FingerprintKey = nearlyAKey };

        // Act
        var result = Validator.Validate(null, options);

        // Assert
        result.FailureMessage.Should().NotContain(nearlyAKey);
    }

    [Fact]
    public void Fingerprint_secret_must_be_valid_and_differ_from_the_key_encryption_key()
    {
        // Arrange
        var missing = TestVaultKeys.Options();
        missing.FingerprintKey = null;
        var reused = TestVaultKeys.Options(keyEncryptionKeyFill: 0x01, fingerprintFill: 0x01);

        // Act
        var missingResult = Validator.Validate(null, missing);
        var reusedResult = Validator.Validate(null, reused);

        // Assert
        missingResult.Failures.Should().ContainSingle().Which.Should().Be("Vault:FingerprintKey must be base64 of 32 bytes.");
        reusedResult.Failures.Should().ContainSingle().Which.Should().Be("Vault:FingerprintKey must differ from Vault:KeyEncryptionKey.");
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("00:10:00.001")]
    public void Key_refresh_interval_must_be_bounded(string interval)
    {
        // Arrange
        var options = TestVaultKeys.Options();
        options.KeyRefreshInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var result = Validator.Validate(null, options);

        // Assert
        result.Failures.Should().ContainSingle().Which.Should().Be("Vault:KeyRefreshInterval must be more than zero and at most 00:10:00.");
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "JsonApiCards.Api";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
