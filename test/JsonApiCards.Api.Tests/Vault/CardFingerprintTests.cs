using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardFingerprintTests
{
    private const string Number = "4111111111111111";

    [Fact]
    public void Same_card_gives_the_same_fingerprint()
    {
        // Arrange
        var first = new CardFingerprint(TestVaultKeys.Ring());
        var second = new CardFingerprint(TestVaultKeys.Ring());

        // Act
        var fingerprint = first.Compute(Number);

        // Assert
        fingerprint.Should().Be(second.Compute(Number));
    }

    [Fact]
    public void Fingerprint_is_64_lower_case_hex_characters()
    {
        // Act
        var fingerprint = new CardFingerprint(TestVaultKeys.Ring()).Compute(Number);

        // Assert
        fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Fingerprint_is_the_hmac_sha256_of_the_number()
    {
        // Arrange: fingerprint key is 32 bytes of 0xF0.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Enumerable.Repeat((byte)0xF0, 32).ToArray(), "4111111111111111"u8));

        // Act
        var fingerprint = new CardFingerprint(TestVaultKeys.Ring()).Compute(Number);

        // Assert
        fingerprint.Should().Be(expected);
    }

    [Fact]
    public void Different_cards_give_different_fingerprints()
    {
        // Arrange
        var fingerprints = new CardFingerprint(TestVaultKeys.Ring());

        // Act
        var visa = fingerprints.Compute(Number);
        var master = fingerprints.Compute("5555555555554444");

        // Assert
        visa.Should().NotBe(master);
    }

    [Fact]
    public void Different_fingerprint_key_gives_a_different_fingerprint()
    {
        // Arrange
        var withOneKey = new CardFingerprint(TestVaultKeys.Ring("k1", [("k1", 0x01)], fingerprintFill: 0xA0));
        var withAnotherKey = new CardFingerprint(TestVaultKeys.Ring("k1", [("k1", 0x01)], fingerprintFill: 0xB0));

        // Act
        var fingerprint = withOneKey.Compute(Number);

        // Assert
        fingerprint.Should().NotBe(withAnotherKey.Compute(Number));
    }

    [Fact]
    public void Rotating_the_encryption_key_keeps_fingerprints()
    {
        // Arrange
        var beforeRotation = new CardFingerprint(TestVaultKeys.Ring("k1", [("k1", 0x01)]));
        var afterRotation = new CardFingerprint(TestVaultKeys.Ring("k2", [("k1", 0x01), ("k2", 0x02)]));

        // Act
        var fingerprint = beforeRotation.Compute(Number);

        // Assert
        fingerprint.Should().Be(afterRotation.Compute(Number));
    }
}
