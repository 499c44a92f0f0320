using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class ExpiryValidationTests
{
    private const string Visa = "4111111111111111";

    // The last second of March 2026, UTC.
    private static readonly DateTimeOffset EndOfMarch = new(2026, 3, 31, 23, 59, 59, TimeSpan.Zero);

    private static CardValidationResult ValidateAt(DateTimeOffset now, string? month, string? year) =>
        CardValidators.At(now).Validate(new CardDetails(Visa, "123", month, year), CardsMode.Live);

    [Fact]
    public void An_expiry_checked_alone_needs_no_number_and_reports_only_its_own_fields()
    {
        var validator = CardValidators.At(EndOfMarch);

        var past = validator.ValidateExpiry("12", "2025");
        var current = validator.ValidateExpiry("3", "2026");

        past.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(CardField.Year, "The card has expired: the expiry year 2025 is in the past."));
        current.Errors.Should().BeEmpty();
        current.Expiry.Should().Be(new CardExpiry(2026, 3));
    }

    [Fact]
    public void Card_expiring_this_month_is_valid_through_its_last_day()
    {
        // Act
        var result = ValidateAt(EndOfMarch, "03", "2026");

        // Assert
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Card_that_expired_last_month_is_invalid()
    {
        // Act
        var result = ValidateAt(EndOfMarch, "2", "2026");

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(
            CardField.Month, "The card has expired: 02/2026 is before the current month."));
    }

    [Fact]
    public void Card_expiring_last_month_is_invalid_from_the_first_second_of_this_month()
    {
        // Act
        var result = ValidateAt(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), "03", "2026");

        // Assert
        result.Errors.Should().ContainSingle().Which.Field.Should().Be(CardField.Month);
    }

    [Fact]
    public void Expiry_is_judged_in_utc()
    {
        // Arrange: already April in Berlin, still March in UTC.
        var now = new DateTimeOffset(2026, 4, 1, 1, 0, 0, TimeSpan.FromHours(2));

        // Act
        var result = ValidateAt(now, "03", "2026");

        // Assert
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Card_with_an_expiry_year_in_the_past_is_invalid()
    {
        // Act
        var result = ValidateAt(EndOfMarch, "12", "2025");

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(new CardValidationError(
            CardField.Year, "The card has expired: the expiry year 2025 is in the past."));
    }

    [Theory]
    [InlineData("1", "01")]
    [InlineData("01", "01")]
    [InlineData("9", "09")]
    [InlineData("12", "12")]
    public void Month_is_normalised_to_two_digits(string month, string expected)
    {
        // Act
        var result = ValidateAt(EndOfMarch, month, "2030");

        // Assert
        result.Errors.Should().BeEmpty();
        result.Expiry!.Value.MonthText.Should().Be(expected);
        result.Expiry.Value.Year.Should().Be(2030);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("012")]
    [InlineData("1a")]
    [InlineData(" 3")]
    [InlineData("-1")]
    public void Month_outside_1_to_12_is_invalid(string month)
    {
        // Act
        var result = ValidateAt(EndOfMarch, month, "2030");

        // Assert
        result.Expiry.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.Month, "The expiry month must be a number from 1 to 12."));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("203")]
    [InlineData("20300")]
    [InlineData("2O30")]
    public void Year_must_have_four_digits(string year)
    {
        // Act
        var result = ValidateAt(EndOfMarch, "12", year);

        // Assert
        result.Errors.Should().ContainSingle().Which.Should().Be(
            new CardValidationError(CardField.Year, "The expiry year must have four digits, such as 2030."));
    }

    [Fact]
    public void Month_and_year_are_required()
    {
        // Act
        var result = ValidateAt(EndOfMarch, null, "");

        // Assert
        result.Errors.Should().BeEquivalentTo(new[]
        {
            new CardValidationError(CardField.Month, "The expiry month is required."),
            new CardValidationError(CardField.Year, "The expiry year is required."),
        });
    }
}
