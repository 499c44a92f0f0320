using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonApiCards.JsonApi.Serialization;

/// <summary>Converts a JSON value from a request body to an attribute's CLR type.</summary>
/// <param name="Expected">What a valid value looks like, for error details (e.g. "a string").</param>
/// <param name="TryRead">Returns false when the JSON value does not fit the type.</param>
internal sealed record AttributeValueReader(string Expected, Func<JsonElement, (bool Success, object? Value)> TryRead);

internal static class AttributeValueReaders
{
    private static readonly (bool, object?) Failure = (false, null);
    private static readonly (bool, object?) Null = (true, null);

    private static readonly NullabilityInfoContext Nullability = new();

    public static AttributeValueReader For(PropertyInfo property)
    {
        Type type = property.PropertyType;
        Type? underlying = Nullable.GetUnderlyingType(type);
        bool allowsNull = underlying is not null || (!type.IsValueType && property.CanWrite && IsNullable(property));
        Type valueType = underlying ?? type;

        AttributeValueReader reader = valueType switch
        {
            _ when valueType == typeof(string) => new("a string", element => element.ValueKind == JsonValueKind.String ? (true, element.GetString()) : Failure),
            _ when valueType == typeof(int) => new("an integer", element => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out int number) ? (true, number) : Failure),
            _ when valueType == typeof(long) => new("an integer", element => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out long number) ? (true, number) : Failure),
            _ when valueType == typeof(decimal) => new("a number", element => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out decimal number) ? (true, number) : Failure),
            _ when valueType == typeof(bool) => new("true or false", element => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? (true, element.GetBoolean()) : Failure),
            _ when valueType == typeof(DateTime) => new("an ISO 8601 timestamp", ReadTimestamp),
            _ when valueType == typeof(List<string>) => new("an array of strings", ReadStrings),
            _ when valueType == typeof(JsonObject) => new("an object", element => element.ValueKind == JsonValueKind.Object ? (true, JsonObject.Create(element.Clone())) : Failure),
            _ => throw new InvalidOperationException($"The JSON:API layer cannot read attributes of type '{type.Name}'."),
        };

        return allowsNull
            ? new AttributeValueReader(reader.Expected + " or null", element => element.ValueKind == JsonValueKind.Null ? Null : reader.TryRead(element))
            : reader;
    }

    private static bool IsNullable(PropertyInfo property)
    {
        lock (Nullability)
        {
            return Nullability.Create(property).WriteState != NullabilityState.NotNull;
        }
    }

    private static (bool, object?) ReadStrings(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return Failure;
        }

        var strings = new List<string>(element.GetArrayLength());
        foreach (JsonElement item in element.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return Failure;
            }

            strings.Add(item.GetString()!);
        }

        return (true, strings);
    }

    private static (bool, object?) ReadTimestamp(JsonElement element) =>
        element.ValueKind == JsonValueKind.String
        && DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime timestamp)
            ? (true, timestamp)
            : Failure;
}
