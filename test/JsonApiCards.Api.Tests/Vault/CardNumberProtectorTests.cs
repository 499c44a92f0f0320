using System.Security.Cryptography;
using System.Text;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardNumberProtectorTests
{
    private const string Number = "4111111111111111";

    [Fact]
    public void Protected_number_round_trips()
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());

        // Act
        var protectedNumber = protector.Protect(Number);
        var number = protector.Unprotect(protectedNumber.KeyId, protectedNumber.Ciphertext);

        // Assert
        number.Should().Be(Number);
        protectedNumber.KeyId.Should().Be("k1");
        protectedNumber.Ciphertext.Should().HaveCount(12 + Number.Length + 16);
    }

    [Fact]
    public void Ciphertext_differs_each_time_the_same_number_is_protected()
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());

        // Act
        var first = protector.Protect(Number);
        var second = protector.Protect(Number);

        // Assert
        first.Ciphertext.Should().NotEqual(second.Ciphertext);
        first.Ciphertext.Take(12).Should().NotEqual(second.Ciphertext.Take(12), "every encryption draws a new nonce");
    }

    [Fact]
    public void Ciphertext_never_contains_the_number()
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());

        // Act
        var ciphertext = protector.Protect(Number).Ciphertext;

        // Assert
        ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Number)).Should().Be(-1);
        ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Number[^4..])).Should().Be(-1);
        Convert.ToHexString(ciphertext).Should().NotContain(Number);
        Convert.ToBase64String(ciphertext).Should().NotContain(Number);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(30)]
    [InlineData(43)]
    public void Tampered_ciphertext_fails_to_decrypt(int tamperedByte)
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());
        var ciphertext = protector.Protect(Number).Ciphertext;
        ciphertext[tamperedByte] ^= 0x01;

        // Act
        var unprotect = () => protector.Unprotect("k1", ciphertext);

        // Assert
        unprotect.Should().Throw<CryptographicException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    [InlineData(100)]
    public void Data_of_the_wrong_size_is_refused(int size)
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());

        // Act
        var unprotect = () => protector.Unprotect("k1", new byte[size]);

        // Assert
        unprotect.Should().Throw<CryptographicException>().WithMessage("The data is not a protected card number.");
    }

    [Fact]
    public void Numbers_protected_with_a_retired_key_still_decrypt_after_rotation()
    {
        // Arrange
        var beforeRotation = new CardNumberProtector(TestVaultKeys.Ring("k1", [("k1", 0x01)]));
        var afterRotation = new CardNumberProtector(TestVaultKeys.Ring("k2", [("k1", 0x01), ("k2", 0x02)]));
        var protectedEarlier = beforeRotation.Protect(Number);

        // Act
        var protectedNow = afterRotation.Protect(Number);
        var decryptedEarlier = afterRotation.Unprotect(protectedEarlier);

        // Assert
        protectedNow.KeyId.Should().Be("k2");
        decryptedEarlier.Should().Be(Number);
        afterRotation.Unprotect(protectedNow).Should().Be(Number);
    }

    [Fact]
    public void Ciphertext_presented_under_another_key_id_fails_to_decrypt()
    {
        // Arrange: both ids hold the same key, so only the associated data tells them apart.
        var protector = new CardNumberProtector(TestVaultKeys.Ring("k1", [("k1", 0x01), ("k2", 0x01)]));
        var protectedNumber = protector.Protect(Number);

        // Act
        var unprotect = () => protector.Unprotect("k2", protectedNumber.Ciphertext);

        // Assert
        unprotect.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void Unknown_key_id_fails_to_decrypt()
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());
        var protectedNumber = protector.Protect(Number);

        // Act
        var unprotect = () => protector.Unprotect("removed", protectedNumber.Ciphertext);

        // Assert
        unprotect.Should().Throw<CryptographicException>().WithMessage("No vault key with id 'removed' is configured.");
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("41111111111111111111")]
    [InlineData("")]
    public void Only_numbers_of_up_to_19_digits_are_protected_and_the_error_does_not_repeat_them(string number)
    {
        // Arrange
        var protector = new CardNumberProtector(TestVaultKeys.Ring());

        // Act
        var protect = () => protector.Protect(number);

        // Assert
        var exception = protect.Should().Throw<ArgumentException>().Which;
        if (number.Length > 0)
        {
            exception.Message.Should().NotContain(number);
        }
    }
}
