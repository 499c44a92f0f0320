using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class VaultOptionsValidatorTests
{
    private static readonly VaultOptionsValidator Validator = new(new ProductionEnvironment());

    [Fact]
    public void Well_formed_keys_are_accepted()
    {
        // Act
        var result = Validator.Validate(null, TestVaultKeys.Options("k2", [("k1", 0x01), ("k2", 0x02)]));

        // Assert
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Missing_keys_are_refused_with_the_keys_to_set()
    {
        // Act
        var result = Validator.Validate(null, new VaultOptions());

        // Assert
        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("No card vault keys are configured for the 'Production' environment")
            .And.Contain("Vault:Keys:{keyId}").And.Contain("Vault:ActiveKeyId").And.Contain("Vault:FingerprintKey");
    }

    [Theory]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    [InlineData("")]
    public void Encryption_key_that_is_not_base64_of_32_bytes_is_refused(string key)
    {
        // Arrange
        var options = TestVaultKeys.Options("k1", [("k1", 0x01)]);
        options.Keys["k1"] = key;

        // Act
        var result = Validator.Validate(null, options);

        // Assert
        result.Failures.Should().ContainSingle().Which.Should().Be("Vault:Keys:k1 must be base64 of 32 bytes.");
    }

    [Fact]
    public void Failure_messages_never_repeat_a_key()
    {
        // Arrange: a 31-byte key, close enough to a real one to be worth keeping secret.
        var options = TestVaultKeys.Options("k1", [("k1", 0x01)]);
        var nearlyAKey = Convert.ToBase64String(new byte[31]);
        options.Keys["k1"] = nearlyAKey;
        options.FingerprintKey = nearlyAKey;

        // Act
        var result = Validator.Validate(null, options);

        // Assert
        result.FailureMessage.Should().NotContain(nearlyAKey);
    }

    [Fact]
    public void Active_key_id_must_name_a_configured_key()
    {
        // Act
        var result = Validator.Validate(null, TestVaultKeys.Options("k3", [("k1", 0x01), ("k2", 0x02)]));

        // Assert
        result.Failures.Should().ContainSingle().Which.Should().Be("Vault:ActiveKeyId is 'k3', but there is no Vault:Keys:k3.");
    }

    [Fact]
    public void Fingerprint_key_must_be_valid_and_differ_from_the_encryption_keys()
    {
        // Arrange
        var missing = TestVaultKeys.Options("k1", [("k1", 0x01)]);
        missing.FingerprintKey = null;
        var reused = TestVaultKeys.Options("k1", [("k1", 0x01)], fingerprintFill: 0x01);

        // Act
        var missingResult = Validator.Validate(null, missing);
        var reusedResult = Validator.Validate(null, reused);

        // Assert
        missingResult.Failures.Should().ContainSingle().Which.Should().Be("Vault:FingerprintKey must be base64 of 32 bytes.");
        reusedResult.Failures.Should().ContainSingle().Which.Should().Be(
            "Vault:FingerprintKey must differ from every encryption key in Vault:Keys.");
    }

    [Theory]
    [InlineData("key id")]
    [InlineData("k/1")]
    public void Key_id_must_be_plain(string keyId)
    {
        // Act
        var result = Validator.Validate(null, TestVaultKeys.Options(keyId, [(keyId, 0x01)]));

        // Assert
        result.Failures.Should().ContainSingle().Which.Should().StartWith($"The vault key id '{keyId}' must be");
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "JsonApiCards.Api";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
