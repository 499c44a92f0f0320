using System.Globalization;

namespace JsonApiCards.Api.Vault;

/// <summary>The month and year printed on a card. The card is valid through the last day of that month, UTC.</summary>
internal readonly record struct CardExpiry(int Year, int Month)
{
    /// <summary>The month as two digits, <c>01</c> to <c>12</c>, the form in which it is stored and returned.</summary>
    public string MonthText => Month.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The year as four digits.</summary>
    public string YearText => Year.ToString("0000", CultureInfo.InvariantCulture);

    public bool IsExpiredAt(DateTimeOffset now)
    {
        var utcNow = now.UtcDateTime;
        return Year < utcNow.Year || (Year == utcNow.Year && Month < utcNow.Month);
    }

    /// <summary>Reads a month written as <c>1</c> to <c>12</c>, with or without a leading zero.</summary>
    public static bool TryParseMonth(string? text, out int month)
    {
        month = 0;
        return text is { Length: 1 or 2 } &&
            text.All(char.IsAsciiDigit) &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out month) &&
            month is >= 1 and <= 12;
    }

    /// <summary>Reads a year written with exactly four digits; two-digit years are refused as ambiguous.</summary>
    public static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        return text is { Length: 4 } &&
            text.All(char.IsAsciiDigit) &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }
}
