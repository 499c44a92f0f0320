using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class VerificationValueValidationTests
{
    private const string Visa = "4111111111111111";
    private const string Amex = "378282246310005";

    private readonly CardValidator _validator = CardValidators.At(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Amex_verification_value_must_have_four_digits()
    {
        // Act
        var result = _validator.Validate(new CardDetails(Amex, "123", "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(
            CardField.VerificationValue, "The verification value must be 4 digits for american_express cards."));
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("12")]
    [InlineData("12a")]
    [InlineData(" 123")]
    public void Visa_verification_value_must_have_three_digits(string verificationValue)
    {
        // Act
        var result = _validator.Validate(new CardDetails(Visa, verificationValue, "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(
            CardField.VerificationValue, "The verification value must be 3 digits for visa cards."));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verification_value_is_required(string? verificationValue)
    {
        // Act
        var result = _validator.Validate(new CardDetails(Visa, verificationValue, "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.VerificationValue, "The verification value is required."));
    }

    [Theory]
    [InlineData("123", false)]
    [InlineData("1234", false)]
    [InlineData("12345", true)]
    public void Without_a_brand_verification_value_may_have_three_or_four_digits(string verificationValue, bool expectError)
    {
        // Act
        var result = _validator.Validate(new CardDetails("9000000000000001", verificationValue, "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Any(error => error.Field == CardField.VerificationValue).Should().Be(expectError);
    }
}
