using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardDisplayTests
{
    [Fact]
    public void Display_number_masks_all_but_the_last_four()
    {
        // Act
        var display = CardDisplay.DisplayNumber("1111");

        // Assert
        display.Should().Be("XXXX-XXXX-XXXX-1111");
    }

    [Fact]
    public void Bin_is_the_first_six_digits_and_last_four_the_last_four()
    {
        // Arrange
        const string number = "378282246310005";

        // Act
        var bin = CardDisplay.Bin(number);
        var lastFour = CardDisplay.LastFour(number);

        // Assert
        bin.Should().Be("378282");
        lastFour.Should().Be("0005");
    }

    [Theory]
    [InlineData("111")]
    [InlineData("11111")]
    [InlineData("11a1")]
    public void Display_number_needs_exactly_four_digits(string lastFour)
    {
        // Act
        var display = () => CardDisplay.DisplayNumber(lastFour);

        // Assert
        display.Should().Throw<ArgumentException>();
    }
}
