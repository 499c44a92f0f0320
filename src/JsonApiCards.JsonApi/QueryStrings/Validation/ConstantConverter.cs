using System.Globalization;
using System.Text.RegularExpressions;
using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.QueryStrings.Validation;

/// <summary>Converts constant text from a query string to the CLR type it is compared with.</summary>
internal static partial class ConstantConverter
{
    /// <summary>Whether constants can be converted to the type, i.e. whether attributes of the type are filterable.</summary>
    public static bool CanConvertTo(Type type) => Describe(type) is not null;

    /// <summary>Converts <paramref name="text"/> for comparison with a value of <paramref name="type"/> named <paramref name="subject"/>.</summary>
    public static LiteralConstantExpression Convert(string text, Type type, string subject)
    {
        // PostgreSQL text cannot hold U+0000 and refuses it as a parameter, so no stored value can match such a constant.
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new QueryValidationException($"A constant compared with {subject} may not hold the NUL character (U+0000).");
        }

        Type valueType = Nullable.GetUnderlyingType(type) ?? type;
        object? value = valueType switch
        {
            _ when valueType == typeof(string) => text,
            _ when valueType == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) ? number : null,
            _ when valueType == typeof(long) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) ? number : null,
            _ when valueType == typeof(decimal) => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number) ? number : null,
            _ when valueType == typeof(bool) => text switch { "true" => true, "false" => false, _ => null },
            _ when valueType == typeof(DateTime) => ParseTimestamp(text) is { } timestamp ? timestamp : null,
            _ => throw new QueryValidationException($"{subject} cannot be compared with a constant."),
        };

        return value is null
            ? throw new QueryValidationException($"'{text}' is not a valid value for {subject}; expected {Describe(type)}.")
            : new LiteralConstantExpression(value, text);
    }

    /// <summary>What a valid constant looks like, or null when the type cannot be filtered.</summary>
    public static string? Describe(Type type)
    {
        Type valueType = Nullable.GetUnderlyingType(type) ?? type;

        return valueType switch
        {
            _ when valueType == typeof(string) => "text",
            _ when valueType == typeof(int) || valueType == typeof(long) => "an integer",
            _ when valueType == typeof(decimal) => "a number",
            _ when valueType == typeof(bool) => "true or false",
            _ when valueType == typeof(DateTime) => "an ISO 8601 date or timestamp, such as 2024-01-31 or 2024-01-31T12:00:00Z",
            _ => null,
        };
    }

    /// <summary>Whether values of the type can be ordered with lessThan and friends.</summary>
    public static bool IsOrdered(Type type)
    {
        Type valueType = Nullable.GetUnderlyingType(type) ?? type;
        return valueType == typeof(string) || valueType == typeof(int) || valueType == typeof(long) || valueType == typeof(decimal) || valueType == typeof(DateTime);
    }

    private static DateTime? ParseTimestamp(string text) =>
        IsoDatePrefix().IsMatch(text)
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime timestamp)
            ? timestamp
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePrefix();
}
