using System.Globalization;

namespace JsonApiCards.Api.Vault;

/// <summary>
/// A range of issuer identification number prefixes, such as 51–55 or 2221–2720, that belongs to one brand.
/// Both bounds have the same number of digits, which is how many leading digits of a card number are compared.
/// </summary>
internal sealed record IinRange
{
    public IinRange(int first, int last, CardBrand brand)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(first);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        PrefixLength = DigitCount(first);
        if (DigitCount(last) != PrefixLength)
        {
            throw new ArgumentException("Both bounds of an IIN range must have the same number of digits.", nameof(last));
        }

        First = first;
        Last = last;
        Brand = brand;
    }

    public int First { get; }

    public int Last { get; }

    public CardBrand Brand { get; }

    public int PrefixLength { get; }

    public bool Matches(ReadOnlySpan<char> number)
    {
        if (number.Length < PrefixLength ||
            !int.TryParse(number[..PrefixLength], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix))
        {
            return false;
        }

        return prefix >= First && prefix <= Last;
    }

    private static int DigitCount(int value) => value.ToString(CultureInfo.InvariantCulture).Length;
}
