using System.Security.Cryptography;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardFingerprintTests
{
    private const string Number = "4111111111111111";

    private static CardFingerprint Fingerprints(byte fingerprintFill = 0xF0) => new(Options.Create(TestVaultKeys.Options(fingerprintFill: fingerprintFill)));

    [Fact]
    public void Same_card_gives_the_same_fingerprint_in_a_mode()
    {
        // Act
        var fingerprint = Fingerprints().Compute(Number, "test");

        // Assert
        fingerprint.Should().Be(Fingerprints().Compute(Number, "test"));
    }

    [Fact]
    public void Fingerprint_is_64_lower_case_hex_characters()
    {
        // Act
        var fingerprint = Fingerprints().Compute(Number, "live");

        // Assert
        fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void The_same_card_has_unrelated_fingerprints_in_test_and_live()
    {
        // Act
        var inTest = Fingerprints().Compute(Number, "test");
        var inLive = Fingerprints().Compute(Number, "live");

        // Assert
        inTest.Should().NotBe(inLive);
    }

    [Theory]
    [InlineData("test")]
    [InlineData("live")]
    public void Fingerprint_is_the_hmac_sha256_under_a_key_derived_with_hkdf_for_the_mode(string mode)
    {
        // Arrange: the fingerprint secret is 32 bytes of 0xF0.
        byte[] modeKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Enumerable.Repeat((byte)0xF0, 32).ToArray(), 32, [], System.Text.Encoding.UTF8.GetBytes($"jsonapicards card fingerprint|{mode}"));
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(modeKey, "4111111111111111"u8));

        // Act
        var fingerprint = Fingerprints().Compute(Number, mode);

        // Assert
        fingerprint.Should().Be(expected);
    }

    [Fact]
    public void Different_cards_give_different_fingerprints()
    {
        // Act
        var visa = Fingerprints().Compute(Number, "test");
        var master = Fingerprints().Compute("5555555555554444", "test");

        // Assert
        visa.Should().NotBe(master);
    }

    [Fact]
    public void Different_fingerprint_secret_gives_a_different_fingerprint()
    {
        // Act
        var fingerprint = Fingerprints(0xA0).Compute(Number, "test");

        // Assert
        fingerprint.Should().NotBe(Fingerprints(0xB0).Compute(Number, "test"));
    }

    [Fact]
    public void An_unknown_mode_has_no_fingerprint_key()
    {
        // Act
        var compute = () => Fingerprints().Compute(Number, "staging");

        // Assert
        compute.Should().Throw<ArgumentException>().WithMessage("The mode must be 'test' or 'live'.*");
    }
}
