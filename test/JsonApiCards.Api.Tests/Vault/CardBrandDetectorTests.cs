using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Vault;

public sealed class CardBrandDetectorTests
{
    [Theory]
    [InlineData("4111111111111111", "visa")]
    [InlineData("5555555555554444", "master")]
    [InlineData("2223003122003222", "master")]
    [InlineData("2720000000000005", "master")]
    [InlineData("378282246310005", "american_express")]
    [InlineData("340000000000009", "american_express")]
    [InlineData("6011111111111117", "discover")]
    [InlineData("6440000000000005", "discover")]
    [InlineData("6500000000000002", "discover")]
    [InlineData("3056930009020004", "diners")]
    [InlineData("36227206271667", "diners")]
    [InlineData("3900000000000005", "diners")]
    [InlineData("3566002020360505", "jcb")]
    [InlineData("3528000000000007", "jcb")]
    [InlineData("6759649826438453", "maestro")]
    [InlineData("6304000000000000", "maestro")]
    [InlineData("6767700000000005", "maestro")]
    [InlineData("500000000009", "maestro")]
    [InlineData("6200000000000005", "unionpay")]
    [InlineData("8100000000000002", "unionpay")]
    public void Brand_is_detected_from_the_leading_digits(string number, string expectedBrand)
    {
        // Act
        var brand = CardBrandDetector.Detect(number);

        // Assert
        brand.Should().NotBeNull();
        brand!.Name.Should().Be(expectedBrand);
    }

    [Theory]
    [InlineData("6221260000000000", "discover")]
    [InlineData("6229250000000003", "discover")]
    [InlineData("6221250000000001", "unionpay")]
    [InlineData("6229260000000002", "unionpay")]
    public void Discover_co_branded_range_wins_over_unionpay_only_inside_622126_to_622925(string number, string expectedBrand)
    {
        // Act
        var brand = CardBrandDetector.Detect(number);

        // Assert
        brand!.Name.Should().Be(expectedBrand);
    }

    [Theory]
    [InlineData("9000000000000001")]
    [InlineData("2721000000000004")]
    [InlineData("6767000000000000")]
    [InlineData("1")]
    [InlineData("")]
    public void Unknown_bin_has_no_brand(string number)
    {
        // Act
        var brand = CardBrandDetector.Detect(number);

        // Assert
        brand.Should().BeNull();
    }

    [Fact]
    public void Brand_can_be_found_again_by_its_stored_name()
    {
        // Act
        var brand = CardBrand.FromName("american_express");

        // Assert
        brand.Should().BeSameAs(CardBrand.AmericanExpress);
        CardBrand.FromName("amex").Should().BeNull();
    }
}
