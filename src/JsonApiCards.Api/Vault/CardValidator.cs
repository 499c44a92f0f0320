using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// Checks card data before it is stored: the number (digits only, brand, length, Luhn, and in test mode one of the
/// <see cref="TestCardNumbers"/>), the verification value and the expiry. Problems are returned, not thrown, so each one can
/// become an error pointing at its field.
/// </summary>
/// <remarks>
/// A number with any non-digit, spaces and dashes included, is invalid rather than cleaned up:
/// clients send the number as the card holder typed it only after stripping formatting themselves.
/// </remarks>
internal sealed class CardValidator(TimeProvider timeProvider, TestCardNumbers testCardNumbers)
{
    /// <param name="card">The card data as sent.</param>
    /// <param name="mode">The mode the card is stored in: test mode takes only test numbers, live mode any valid one.</param>
    public CardValidationResult Validate(CardDetails card, string mode)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!CardsMode.IsKnown(mode))
        {
            throw new ArgumentException($"'{mode}' is not a mode.", nameof(mode));
        }

        List<CardValidationError> errors = [];
        var brand = ValidateNumber(card.Number, errors);
        if (mode == CardsMode.Test && errors.Count == 0 && !testCardNumbers.Contains(card.Number!))
        {
            // Payment platforms do the same: real card data never sits under test keys, nor in a test integration's logs.
            errors.Add(new(CardField.Number, "Test mode takes test card numbers only; see README (Card data) for the numbers it takes."));
        }

        ValidateVerificationValue(card.VerificationValue, brand, errors);
        var expiry = ValidateExpiry(card.Month, card.Year, errors);
        return new CardValidationResult(brand, expiry, errors);
    }

    /// <summary>Checks an expiry alone, as when the month or year of a stored card changes.</summary>
    public CardValidationResult ValidateExpiry(string? month, string? year)
    {
        List<CardValidationError> errors = [];
        var expiry = ValidateExpiry(month, year, errors);
        return new CardValidationResult(null, expiry, errors);
    }

    private static CardBrand? ValidateNumber(string? number, List<CardValidationError> errors)
    {
        if (string.IsNullOrEmpty(number))
        {
            errors.Add(new(CardField.Number, "The card number is required."));
            return null;
        }

        if (!number.All(char.IsAsciiDigit))
        {
            errors.Add(new(CardField.Number, "The card number must contain digits only, without spaces or dashes."));
            return null;
        }

        var brand = CardBrandDetector.Detect(number);
        if (brand is null)
        {
            errors.Add(new(CardField.Number, "The card number does not belong to a supported card brand."));
        }
        else if (!brand.AllowsLength(number.Length))
        {
            errors.Add(new(CardField.Number,
                $"The card number must be {DescribeLengths(brand.AllowedLengths)} digits long for {brand.Name} cards, not {number.Length}."));
        }

        if (!LuhnChecksum.IsValid(number))
        {
            errors.Add(new(CardField.Number, "The card number fails the Luhn check."));
        }

        return brand;
    }

    private static void ValidateVerificationValue(string? verificationValue, CardBrand? brand, List<CardValidationError> errors)
    {
        if (string.IsNullOrEmpty(verificationValue))
        {
            errors.Add(new(CardField.VerificationValue, "The verification value is required."));
            return;
        }

        var isDigits = verificationValue.All(char.IsAsciiDigit);
        if (brand is null)
        {
            // Without a brand the right length is unknown; accept what some brand would.
            if (!isDigits || verificationValue.Length is not (3 or 4))
            {
                errors.Add(new(CardField.VerificationValue, "The verification value must be 3 or 4 digits."));
            }
        }
        else if (!isDigits || verificationValue.Length != brand.VerificationValueLength)
        {
            errors.Add(new(CardField.VerificationValue,
                $"The verification value must be {brand.VerificationValueLength} digits for {brand.Name} cards."));
        }
    }

    private CardExpiry? ValidateExpiry(string? monthText, string? yearText, List<CardValidationError> errors)
    {
        var hasMonth = CardExpiry.TryParseMonth(monthText, out var month);
        if (!hasMonth)
        {
            errors.Add(new(CardField.Month, string.IsNullOrEmpty(monthText)
                ? "The expiry month is required."
                : "The expiry month must be a number from 1 to 12."));
        }

        var hasYear = CardExpiry.TryParseYear(yearText, out var year);
        if (!hasYear)
        {
            errors.Add(new(CardField.Year, string.IsNullOrEmpty(yearText)
                ? "The expiry year is required."
                : "The expiry year must have four digits, such as 2030."));
        }

        if (!hasMonth || !hasYear)
        {
            return null;
        }

        var expiry = new CardExpiry(year, month);
        var now = timeProvider.GetUtcNow();
        if (expiry.IsExpiredAt(now))
        {
            // Point at the field that makes the date past: the year unless the year is the current one.
            errors.Add(year < now.UtcDateTime.Year
                ? new(CardField.Year, $"The card has expired: the expiry year {expiry.YearText} is in the past.")
                : new(CardField.Month, $"The card has expired: {expiry.MonthText}/{expiry.YearText} is before the current month."));
        }

        return expiry;
    }

    private static string DescribeLengths(IReadOnlyList<int> lengths) => lengths.Count switch
    {
        1 => $"{lengths[0]}",
        _ when IsContiguous(lengths) => $"{lengths[0]} to {lengths[^1]}",
        _ => $"{string.Join(", ", lengths.Take(lengths.Count - 1))} or {lengths[^1]}",
    };

    private static bool IsContiguous(IReadOnlyList<int> lengths) => lengths[^1] - lengths[0] == lengths.Count - 1;
}
