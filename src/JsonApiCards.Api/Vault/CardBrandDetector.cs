namespace JsonApiCards.Api.Vault;

/// <summary>Tells the brand of a card from its leading digits (the BIN), using the public IIN ranges.</summary>
/// <remarks>
/// Choices where the public ranges overlap or are vague:
/// <list type="bullet">
/// <item>622126–622925 is Discover (cards co-branded with UnionPay that Discover's network accepts);
/// the rest of 62, and 81, is UnionPay.</item>
/// <item>Maestro is only 50, 56–58, 6304, 6759, 676770 and 676774; other 63 and 67 prefixes are unknown.</item>
/// </list>
/// </remarks>
internal static class CardBrandDetector
{
    // Longest prefixes are tried first, so a narrow range wins over a wider one that contains it
    // (Discover's 622126–622925 over UnionPay's 62). OrderBy is stable, so equal lengths keep this order.
    private static readonly IinRange[] Ranges =
    [
        .. new IinRange[]
        {
            new(4, 4, CardBrand.Visa),
            new(51, 55, CardBrand.Master),
            new(2221, 2720, CardBrand.Master),
            new(34, 34, CardBrand.AmericanExpress),
            new(37, 37, CardBrand.AmericanExpress),
            new(6011, 6011, CardBrand.Discover),
            new(644, 649, CardBrand.Discover),
            new(65, 65, CardBrand.Discover),
            new(622126, 622925, CardBrand.Discover),
            new(300, 305, CardBrand.Diners),
            new(36, 36, CardBrand.Diners),
            new(38, 39, CardBrand.Diners),
            new(3528, 3589, CardBrand.Jcb),
            new(50, 50, CardBrand.Maestro),
            new(56, 58, CardBrand.Maestro),
            new(6304, 6304, CardBrand.Maestro),
            new(6759, 6759, CardBrand.Maestro),
            new(676770, 676770, CardBrand.Maestro),
            new(676774, 676774, CardBrand.Maestro),
            new(62, 62, CardBrand.UnionPay),
            new(81, 81, CardBrand.UnionPay),
        }.OrderByDescending(range => range.PrefixLength),
    ];

    /// <summary>Returns the brand whose range the number starts with, or <see langword="null"/> when none does.</summary>
    /// <param name="number">The card number, or at least its first six digits.</param>
    public static CardBrand? Detect(ReadOnlySpan<char> number)
    {
        foreach (var range in Ranges)
        {
            if (range.Matches(number))
            {
                return range.Brand;
            }
        }

        return null;
    }
}
