using JsonApiCards.Api.Orders;

namespace JsonApiCards.Api.Tests.Orders;

public sealed class MoneyFormatTests
{
    [Theory]
    [InlineData(4400, "EUR", "€44,00")]
    [InlineData(0, "EUR", "€0,00")]
    [InlineData(100000, "EUR", "€1.000,00")]
    [InlineData(4400, "USD", "$44.00")]
    [InlineData(123456789, "USD", "$1,234,567.89")]
    [InlineData(4400, "GBP", "£44.00")]
    [InlineData(4400, "JPY", "¥4,400")]
    [InlineData(999, "JPY", "¥999")]
    [InlineData(1500, "KWD", "KWD 1.500")]
    [InlineData(1234567, "CHF", "CHF 12'345.67")]
    [InlineData(4400, "TRY", "₺44,00")]
    [InlineData(4400, "KRW", "KRW 4,400")]
    [InlineData(4400, "SEK", "SEK 44.00")]
    [InlineData(-4400, "USD", "-$44.00")]
    [InlineData(long.MinValue, "USD", "-$92,233,720,368,547,758.08")]
    public void Amounts_are_formatted_with_the_currencys_decimals_and_house_style(long minorUnits, string currencyCode, string expected) =>
        MoneyFormat.Format(minorUnits, currencyCode).Should().Be(expected);
}
