namespace JsonApiCards.Api.Vault;

/// <summary>The parts of a card number that may be kept in clear and shown: the BIN and the last four digits.</summary>
internal static class CardDisplay
{
    public const int BinLength = 6;
    public const int LastFourLength = 4;

    /// <summary>The first six digits, which name the issuer and the brand.</summary>
    public static string Bin(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Length, BinLength, nameof(number));
        return number[..BinLength];
    }

    /// <summary>The last four digits.</summary>
    public static string LastFour(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Length, LastFourLength, nameof(number));
        return number[^LastFourLength..];
    }

    /// <summary>The masked number shown to people, such as <c>XXXX-XXXX-XXXX-1111</c>.</summary>
    public static string DisplayNumber(string lastFour)
    {
        ArgumentNullException.ThrowIfNull(lastFour);
        if (lastFour.Length != LastFourLength || !lastFour.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The last four must be four digits.", nameof(lastFour));
        }

        return $"XXXX-XXXX-XXXX-{lastFour}";
    }
}
