using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.DataProtection;

namespace JsonApiCards.JsonApi.Queries.Keyset;

/// <summary>
/// Writes a position as an opaque cursor and reads it back: the key values and the order's signature as compact JSON,
/// protected (encrypted and authenticated) by ASP.NET Core Data Protection under a purpose naming the route and the
/// caller's audience (<see cref="ICursorAudience"/>). A cursor that was edited, forged, made for another sort, another
/// route or another caller does not read back, and is a 400 naming the parameter.
/// </summary>
internal sealed class CursorCodec(IDataProtectionProvider protection)
{
    private const string Purpose = "JsonApiCards.JsonApi.Cursor.v1";

    /// <summary>The cursor of <paramref name="position"/> in <paramref name="order"/>, for the route and audience given.</summary>
    public string Write(KeysetOrder order, KeysetPosition position, string route, string audience)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(order.Signature);
            for (int index = 0; index < position.Values.Length; index++)
            {
                JsonSerializer.Serialize(writer, position.Values[index], order.Keys[index].Attribute.Property.PropertyType);
            }

            writer.WriteEndArray();
        }

        byte[] protectedBytes = Protector(route, audience).Protect(buffer.WrittenSpan.ToArray());
        return Base64Url.EncodeToString(protectedBytes);
    }

    /// <summary>Reads a cursor sent in <paramref name="parameter"/>; throws the 400 of an invalid cursor.</summary>
    public KeysetPosition Read(KeysetOrder order, string cursor, string parameter, string route, string audience)
    {
        byte[] payload;
        try
        {
            payload = Protector(route, audience).Unprotect(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            throw Invalid(parameter, "The cursor is not one this API gave for this collection and caller; use a cursor from a links.next or links.prev of this collection.");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(payload);
            JsonElement[] items = [.. document.RootElement.EnumerateArray()];
            if (items.Length != order.Keys.Count + 1 || items[0].GetString() != order.Signature)
            {
                throw Invalid(parameter, $"The cursor was made for another sort than '{order.Signature}'; a cursor pages only the sort it came from.");
            }

            var values = new object?[order.Keys.Count];
            for (int index = 0; index < values.Length; index++)
            {
                values[index] = items[index + 1].Deserialize(order.Keys[index].Attribute.Property.PropertyType);
            }

            return new KeysetPosition(values);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw Invalid(parameter, "The cursor cannot be read.");
        }
    }

    private IDataProtector Protector(string route, string audience) => protection.CreateProtector(Purpose, route, audience);

    private static InvalidQueryStringParameterException Invalid(string parameter, string detail) =>
        new(parameter, detail, ErrorCodes.InvalidCursor);
}
