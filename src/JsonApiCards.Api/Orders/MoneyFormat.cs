using System.Globalization;

namespace JsonApiCards.Api.Orders;

/// <summary>Formats amounts in cents the way shoppers read them ("€44,00", "$44.00").</summary>
public static class MoneyFormat
{
    private static readonly Dictionary<string, (string Symbol, bool SymbolFirst, string DecimalSeparator, int Decimals)> Currencies = new(StringComparer.Ordinal)
    {
        ["EUR"] = ("€", true, ",", 2),
        ["USD"] = ("$", true, ".", 2),
        ["GBP"] = ("£", true, ".", 2),
        ["JPY"] = ("¥", true, ".", 0),
        ["KWD"] = ("KWD ", true, ".", 3),
        ["TRY"] = ("₺", true, ",", 2),
        ["CHF"] = ("CHF ", true, ".", 2),
    };

    public static string Format(long cents, string currencyCode)
    {
        var (symbol, _, separator, decimals) = Currencies.TryGetValue(currencyCode, out var known) ? known : (currencyCode + " ", true, ".", 2);
        long divisor = (long)Math.Pow(10, decimals);
        long whole = Math.Abs(cents) / divisor;
        long fraction = Math.Abs(cents) % divisor;
        string sign = cents < 0 ? "-" : "";
        string amount = decimals == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : whole.ToString(CultureInfo.InvariantCulture) + separator + fraction.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        return sign + symbol + amount;
    }
}
