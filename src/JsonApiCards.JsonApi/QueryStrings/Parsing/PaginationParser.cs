using System.Globalization;
using JsonApiCards.JsonApi.QueryStrings.Validation;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses the value of <c>page[number]</c> or <c>page[size]</c>: digits only (no sign, spaces or decimals),
/// from 1 up to a maximum.
/// </summary>
internal static class PaginationParser
{
    public static int Parse(string value, int maximum, string expected) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= maximum
            ? number
            : throw new QueryValidationException($"'{value}' is not valid here; expected {expected}.");
}
