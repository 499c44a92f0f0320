using System.Text.Json;
using System.Text.Unicode;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Finds a string in a JSON body that is not Unicode. Parsing checks a document's structure but decodes a string only when
/// it is read, and throws <see cref="InvalidOperationException"/> then: bytes that are not UTF-8, or an unpaired surrogate
/// escape such as <c>"\ud800"</c>, would be a 500 wherever the string happens to be read.
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>The position (from 1) of the first byte of the first string, value or member name, that is not Unicode; null when all are.</summary>
    public static long? FindInvalidString(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsUnicode(ref reader))
            {
                return reader.TokenStartIndex + 1;
            }
        }

        return null;
    }

    private static bool IsUnicode(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        // Only escaped strings get here, and request bodies seldom hold any: decoding one to check it costs little.
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
