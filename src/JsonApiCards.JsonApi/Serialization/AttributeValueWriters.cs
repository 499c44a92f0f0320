using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JsonApiCards.JsonApi.Serialization;

/// <summary>
/// Compiles, per attribute, a delegate that reads the property and calls the typed overload below,
/// so writing a document neither reflects nor boxes.
/// </summary>
internal static class AttributeValueWriters
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static Action<Utf8JsonWriter, object> Compile(PropertyInfo property)
    {
        MethodInfo write = typeof(AttributeValueWriters).GetMethod(nameof(Write), BindingFlags.Static | BindingFlags.Public, [typeof(Utf8JsonWriter), property.PropertyType])
            ?? throw new InvalidOperationException($"Attribute '{property.DeclaringType!.Name}.{property.Name}' has type '{property.PropertyType.Name}', which the JSON:API layer cannot write.");

        var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Property(Expression.Convert(instance, property.DeclaringType!), property);
        return Expression.Lambda<Action<Utf8JsonWriter, object>>(Expression.Call(write, writer, value), writer, instance).Compile();
    }

    public static void Write(Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue(); else writer.WriteStringValue(value);
    }

    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, int? value)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, long? value)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, decimal? value)
    {
        if (value is { } number) writer.WriteNumberValue(number); else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    public static void Write(Utf8JsonWriter writer, bool? value)
    {
        if (value is { } flag) writer.WriteBooleanValue(flag); else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, DateTime value)
    {
        Span<byte> buffer = stackalloc byte[32];
        value.ToUniversalTime().TryFormat(buffer, out int written, TimestampFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    public static void Write(Utf8JsonWriter writer, DateTime? value)
    {
        if (value is { } timestamp) Write(writer, timestamp); else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, JsonObject? value)
    {
        if (value is null) writer.WriteNullValue(); else value.WriteTo(writer);
    }

    public static void Write(Utf8JsonWriter writer, List<string>? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (string item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
