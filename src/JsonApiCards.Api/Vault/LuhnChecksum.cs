namespace JsonApiCards.Api.Vault;

/// <summary>The mod 10 check digit that every payment card number ends with.</summary>
internal static class LuhnChecksum
{
    /// <summary>Whether the digits pass the Luhn check. Any non-digit makes the number fail.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubleThisDigit = false;
        for (var index = digits.Length - 1; index >= 0; index--)
        {
            var character = digits[index];
            if (!char.IsAsciiDigit(character))
            {
                return false;
            }

            var digit = character - '0';
            if (doubleThisDigit)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubleThisDigit = !doubleThisDigit;
        }

        return sum % 10 == 0;
    }
}
