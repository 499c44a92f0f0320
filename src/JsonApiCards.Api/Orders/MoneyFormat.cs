using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace JsonApiCards.Api.Orders;

/// <summary>
/// Formats amounts in minor units the way shoppers read them: "€1.234,00", "$1,234.00", "¥4,400", "KWD 1.500".
/// The number of decimals always comes from ISO 4217; currencies without a house style get "CODE 1,234.56".
/// </summary>
public static class MoneyFormat
{
    private sealed record Style(string Symbol, string DecimalSeparator, string GroupSeparator);

    private static readonly Style Default = new("", ".", ",");

    private static readonly FrozenDictionary<string, Style> Styles = new Dictionary<string, Style>(StringComparer.Ordinal)
    {
        ["EUR"] = new("€", ",", "."),
        ["USD"] = new("$", ".", ","),
        ["GBP"] = new("£", ".", ","),
        ["JPY"] = new("¥", ".", ","),
        ["TRY"] = new("₺", ",", "."),
        ["CHF"] = new("CHF ", ".", "'"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Format(long minorUnits, string currencyCode)
    {
        ArgumentNullException.ThrowIfNull(currencyCode);
        Style style = Styles.GetValueOrDefault(currencyCode) ?? Default with { Symbol = currencyCode.Length == 0 ? "" : currencyCode + " " };
        int decimals = Iso4217.MinorUnits(currencyCode);
        ulong magnitude = minorUnits < 0 ? (ulong)-(minorUnits + 1) + 1 : (ulong)minorUnits;
        ulong divisor = (ulong)Math.Pow(10, decimals);

        var text = new StringBuilder();
        if (minorUnits < 0)
        {
            text.Append('-');
        }

        text.Append(style.Symbol).Append(Grouped((magnitude / divisor).ToString(CultureInfo.InvariantCulture), style.GroupSeparator));
        if (decimals > 0)
        {
            text.Append(style.DecimalSeparator).Append((magnitude % divisor).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0'));
        }

        return text.ToString();
    }

    private static string Grouped(string digits, string separator)
    {
        var text = new StringBuilder(digits.Length + (digits.Length / 3 * separator.Length));
        for (int index = 0; index < digits.Length; index++)
        {
            if (index > 0 && (digits.Length - index) % 3 == 0)
            {
                text.Append(separator);
            }

            text.Append(digits[index]);
        }

        return text.ToString();
    }
}
