using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

/// <summary>
/// The ciphertext format (a version byte, the nonce, the encrypted digits, the tag) and what its associated data binds it
/// to: the version, the key id, the card's id and its mode. Bytes moved to anything else fail to decrypt.
/// </summary>
public sealed class CardNumberProtectorTests
{
    private const string Number = "4111111111111111";
    private const long CardId = 7;
    private const string Mode = "test";

    private static readonly DataKey Key = TestVaultKeys.DataKey();

    [Fact]
    public void Protected_number_round_trips_and_starts_with_the_version_byte()
    {
        // Act
        var protectedNumber = CardNumberProtector.Protect(Number, CardId, Mode, Key);
        var number = CardNumberProtector.Unprotect(protectedNumber.Ciphertext, CardId, Mode, Key);

        // Assert
        number.Should().Be(Number);
        protectedNumber.KeyId.Should().Be("test-k1");
        protectedNumber.Ciphertext[0].Should().Be(0x01);
        protectedNumber.Ciphertext.Should().HaveCount(1 + 12 + Number.Length + 16);
    }

    [Fact]
    public void Ciphertext_differs_each_time_the_same_number_is_protected()
    {
        // Act
        var first = CardNumberProtector.Protect(Number, CardId, Mode, Key);
        var second = CardNumberProtector.Protect(Number, CardId, Mode, Key);

        // Assert
        first.Ciphertext.Should().NotEqual(second.Ciphertext);
        first.Ciphertext.Skip(1).Take(12).Should().NotEqual(second.Ciphertext.Skip(1).Take(12), "every encryption draws a new nonce");
    }

    [Fact]
    public void Ciphertext_never_contains_the_number()
    {
        // Act
        var ciphertext = CardNumberProtector.Protect(Number, CardId, Mode, Key).Ciphertext;

        // Assert
        ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Number)).Should().Be(-1);
        ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Number[^4..])).Should().Be(-1);
        Convert.ToHexString(ciphertext).Should().NotContain(Number);
        Convert.ToBase64String(ciphertext).Should().NotContain(Number);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(28)]
    [InlineData(44)]
    public void Tampered_ciphertext_fails_to_decrypt(int tamperedByte)
    {
        // Arrange
        var ciphertext = CardNumberProtector.Protect(Number, CardId, Mode, Key).Ciphertext;
        ciphertext[tamperedByte] ^= 0x01;

        // Act
        var unprotect = () => CardNumberProtector.Unprotect(ciphertext, CardId, Mode, Key);

        // Assert
        unprotect.Should().Throw<CryptographicException>()
            .WithMessage("The number of card 7 does not decrypt under key 'test-k1': it was altered, or belongs to another card, mode or key.");
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x02)]
    public void A_ciphertext_of_another_version_is_refused(byte version)
    {
        // Arrange
        var ciphertext = CardNumberProtector.Protect(Number, CardId, Mode, Key).Ciphertext;
        ciphertext[0] = version;

        // Act
        var unprotect = () => CardNumberProtector.Unprotect(ciphertext, CardId, Mode, Key);

        // Assert
        unprotect.Should().Throw<CryptographicException>().WithMessage("The data is not a protected card number.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    [InlineData(100)]
    public void Data_of_the_wrong_size_is_refused(int size)
    {
        // Arrange
        var data = new byte[size];
        if (size > 0)
        {
            data[0] = CardNumberProtector.Version;
        }

        // Act
        var unprotect = () => CardNumberProtector.Unprotect(data, CardId, Mode, Key);

        // Assert
        unprotect.Should().Throw<CryptographicException>().WithMessage("The data is not a protected card number.");
    }

    [Fact]
    public void A_ciphertext_is_bound_to_its_card()
    {
        // Arrange
        var protectedNumber = CardNumberProtector.Protect(Number, CardId, Mode, Key);

        // Act
        var asAnotherCard = () => CardNumberProtector.Unprotect(protectedNumber.Ciphertext, CardId + 1, Mode, Key);

        // Assert
        asAnotherCard.Should().Throw<CryptographicException>().WithMessage("The number of card 8 does not decrypt*");
    }

    [Fact]
    public void A_ciphertext_is_bound_to_its_mode_even_under_the_same_key()
    {
        // Arrange
        var protectedNumber = CardNumberProtector.Protect(Number, CardId, Mode, Key);

        // Act
        var inLiveMode = () => CardNumberProtector.Unprotect(protectedNumber.Ciphertext, CardId, "live", Key);

        // Assert
        inLiveMode.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void A_ciphertext_is_bound_to_its_key_id_even_when_another_id_holds_the_same_key()
    {
        // Arrange: both ids hold the same key, so only the associated data tells them apart.
        var protectedNumber = CardNumberProtector.Protect(Number, CardId, Mode, Key);
        var sameBytesOtherId = TestVaultKeys.DataKey("test-k2", fill: 0x01);

        // Act
        var underAnotherId = () => CardNumberProtector.Unprotect(protectedNumber.Ciphertext, CardId, Mode, sameBytesOtherId);

        // Assert
        underAnotherId.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void Reprotecting_moves_a_number_to_another_key_of_the_same_card()
    {
        // Arrange
        var newKey = TestVaultKeys.DataKey("test-k2", fill: 0x02);
        var underOldKey = CardNumberProtector.Protect(Number, CardId, Mode, Key);

        // Act
        var underNewKey = CardNumberProtector.Reprotect(underOldKey.Ciphertext, CardId, Mode, Key, newKey);

        // Assert
        underNewKey.KeyId.Should().Be("test-k2");
        CardNumberProtector.Unprotect(underNewKey.Ciphertext, CardId, Mode, newKey).Should().Be(Number);
        var underOldKeyAgain = () => CardNumberProtector.Unprotect(underNewKey.Ciphertext, CardId, Mode, Key);
        underOldKeyAgain.Should().Throw<CryptographicException>();
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("41111111111111111111")]
    [InlineData("")]
    public void Only_numbers_of_up_to_19_digits_are_protected_and_the_error_does_not_repeat_them(string number)
    {
        // Act
        var protect = () => CardNumberProtector.Protect(number, CardId, Mode, Key);

        // Assert
        var exception = protect.Should().Throw<ArgumentException>().Which;
        if (number.Length > 0)
        {
            exception.Message.Should().NotContain(number);
        }
    }
}
