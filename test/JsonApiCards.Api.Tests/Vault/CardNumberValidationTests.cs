using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardNumberValidationTests
{
    private readonly CardValidator _validator = CardValidators.At(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("4111111111111111", "123")]
    [InlineData("4222222222222", "123")]
    [InlineData("5555555555554444", "123")]
    [InlineData("2223003122003222", "123")]
    [InlineData("378282246310005", "1234")]
    [InlineData("6011111111111117", "123")]
    [InlineData("6011000000000000001", "123")]
    [InlineData("3056930009020004", "123")]
    [InlineData("36227206271667", "123")]
    [InlineData("3566002020360505", "123")]
    [InlineData("6759649826438453", "123")]
    [InlineData("500000000009", "123")]
    [InlineData("6200000000000005", "123")]
    public void Known_test_card_is_valid(string number, string verificationValue)
    {
        // Act
        var result = _validator.Validate(new CardDetails(number, verificationValue, "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Number_that_fails_the_luhn_check_is_invalid()
    {
        // Act
        var result = _validator.Validate(new CardDetails("4111111111111112", "123", "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.Number, "The card number fails the Luhn check."));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("411111111111111a")]
    [InlineData("４１１１１１１１１１１１１１１１")]
    public void Number_with_any_non_digit_is_invalid(string number)
    {
        // Act
        var result = _validator.Validate(new CardDetails(number, "123", "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(
            CardField.Number, "The card number must contain digits only, without spaces or dashes."));
    }

    [Theory]
    [InlineData("400000000000006", "The card number must be 13, 16 or 19 digits long for visa cards, not 15.")]
    [InlineData("37828224631000", "The card number must be 15 digits long for american_express cards, not 14.")]
    [InlineData("30000000000004", null)]
    [InlineData("3000000000009", "The card number must be 14 to 19 digits long for diners cards, not 13.")]
    public void Number_must_have_a_length_its_brand_issues(string number, string? expectedMessage)
    {
        // Act
        var result = _validator.Validate(new CardDetails(number, "1234", "12", "2030"), CardsMode.Live);

        // Assert
        var numberErrors = result.Errors.Where(error => error.Field == CardField.Number).Select(error => error.Message);
        if (expectedMessage is null)
        {
            numberErrors.Should().BeEmpty();
        }
        else
        {
            numberErrors.Should().Contain(expectedMessage);
        }
    }

    [Fact]
    public void Number_with_an_unknown_bin_is_invalid()
    {
        // Act
        var result = _validator.Validate(new CardDetails("9000000000000001", "123", "12", "2030"), CardsMode.Live);

        // Assert
        result.Brand.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.Number, "The card number does not belong to a supported card brand."));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Number_is_required(string? number)
    {
        // Act
        var result = _validator.Validate(new CardDetails(number, "123", "12", "2030"), CardsMode.Live);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.Number, "The card number is required."));
    }

    [Fact]
    public void Error_messages_never_repeat_the_number()
    {
        // Arrange
        const string number = "4111111111111112";

        // Act
        var result = _validator.Validate(new CardDetails(number, "12", "13", "30"), CardsMode.Live);

        // Assert
        result.Errors.Should().HaveCountGreaterThan(1);
        result.Errors.Should().AllSatisfy(error => error.Message.Should().NotContain(number));
    }

    [Fact]
    public void Card_details_do_not_print_the_number_or_the_verification_value()
    {
        // Act
        var text = new CardDetails("4111111111111111", "737", "12", "2030").ToString();

        // Assert
        text.Should().NotContain("4111111111111111").And.NotContain("737");
    }
}
