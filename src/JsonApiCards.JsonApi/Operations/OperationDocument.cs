using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>
/// An operation's <c>data</c> written out as the body a single route takes (<c>{"data": ...}</c>), with every <c>lid</c> of
/// an earlier operation replaced by the <c>id</c> the server gave it, so that the single routes' reader, and its pointers,
/// serve the operation unchanged. The bytes may hold a card number: <see cref="Dispose"/> erases them.
/// </summary>
internal sealed class OperationDocument : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer;

    private OperationDocument(ArrayBufferWriter<byte> buffer) => _buffer = buffer;

    /// <summary>The document's bytes.</summary>
    public ReadOnlyMemory<byte> Body => _buffer.WrittenMemory;

    /// <summary>The <c>lid</c> an <c>add</c>'s resource object declares for the resource it creates, if any.</summary>
    public string? DeclaredLid { get; private set; }

    /// <summary>The id of the resource object (its <c>id</c>, or the resource its <c>lid</c> names), if it has one.</summary>
    public long? ResourceId { get; private set; }

    /// <summary>A resource object; on <paramref name="creates"/>, its own <c>lid</c> is a declaration and is taken out.</summary>
    public static OperationDocument ForResource(JsonElement data, LocalIds lids, string dataPointer, bool creates)
    {
        var document = new OperationDocument(BufferFor(data));
        using (var writer = new Utf8JsonWriter(document._buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            document.WriteResourceObject(writer, data, lids, dataPointer, creates);
            writer.WriteEndObject();
        }

        return document;
    }

    /// <summary>The linkage of a relationship operation: null, one identifier or an array of them.</summary>
    public static OperationDocument ForLinkage(JsonElement data, LocalIds lids, string dataPointer)
    {
        var document = new OperationDocument(BufferFor(data));
        using (var writer = new Utf8JsonWriter(document._buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            WriteLinkage(writer, data, lids, dataPointer);
            writer.WriteEndObject();
        }

        return document;
    }

    public void Dispose() => _buffer.Clear();

    // Room for the body and the ids that replace local ids, so that the buffer does not grow and leave a copy behind.
    private static ArrayBufferWriter<byte> BufferFor(JsonElement data) => new((JsonMarshal.GetRawUtf8Value(data).Length * 2) + 256);

    private void WriteResourceObject(Utf8JsonWriter writer, JsonElement data, LocalIds lids, string pointer, bool creates)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            data.WriteTo(writer);
            return;
        }

        string? type = data.TryGetProperty("type", out JsonElement typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        if (data.TryGetProperty("id", out JsonElement idElement) && data.TryGetProperty("lid", out _))
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected either 'id' or 'lid' in the resource object, not both.");
        }

        string? idText = idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => null,
        };
        if (Resources.ResourceId.TryParse(idText, out long id))
        {
            ResourceId = id;
        }

        writer.WriteStartObject();
        foreach (JsonProperty member in data.EnumerateObject())
        {
            if (member.NameEquals("lid"))
            {
                string lid = member.Value.ValueKind == JsonValueKind.String
                    ? member.Value.GetString()!
                    : throw RequestBodyErrors.Invalid(pointer + "/lid", "Expected 'lid' to be a string.");
                if (creates)
                {
                    lids.EnsureNew(lid, pointer + "/lid");
                    DeclaredLid = lid;
                }
                else
                {
                    ResourceId = lids.Resolve(lid, type, pointer + "/lid");
                    writer.WriteString("id", ResourceId.Value.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (member.NameEquals("relationships") && member.Value.ValueKind == JsonValueKind.Object)
            {
                writer.WritePropertyName(member.Name);
                WriteRelationships(writer, member.Value, lids, pointer + "/relationships");
            }
            else
            {
                member.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteRelationships(Utf8JsonWriter writer, JsonElement relationships, LocalIds lids, string pointer)
    {
        writer.WriteStartObject();
        foreach (JsonProperty relationship in relationships.EnumerateObject())
        {
            if (DocumentReader.IsAtMember(relationship))
            {
                relationship.WriteTo(writer);
                continue;
            }

            writer.WritePropertyName(relationship.Name);
            if (relationship.Value.ValueKind != JsonValueKind.Object)
            {
                relationship.Value.WriteTo(writer);
                continue;
            }

            writer.WriteStartObject();
            foreach (JsonProperty member in relationship.Value.EnumerateObject())
            {
                writer.WritePropertyName(member.Name);
                if (member.NameEquals("data"))
                {
                    WriteLinkage(writer, member.Value, lids, $"{pointer}/{relationship.Name}/data");
                }
                else
                {
                    member.Value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteLinkage(Utf8JsonWriter writer, JsonElement linkage, LocalIds lids, string pointer)
    {
        if (linkage.ValueKind == JsonValueKind.Array)
        {
            writer.WriteStartArray();
            int index = 0;
            foreach (JsonElement identifier in linkage.EnumerateArray())
            {
                WriteIdentifier(writer, identifier, lids, $"{pointer}/{index++}");
            }

            writer.WriteEndArray();
            return;
        }

        WriteIdentifier(writer, linkage, lids, pointer);
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, JsonElement identifier, LocalIds lids, string pointer)
    {
        if (identifier.ValueKind != JsonValueKind.Object || !identifier.TryGetProperty("lid", out JsonElement lidElement))
        {
            identifier.WriteTo(writer);
            return;
        }

        if (identifier.TryGetProperty("id", out _))
        {
            throw RequestBodyErrors.Invalid(pointer, "Expected either 'id' or 'lid' in the resource identifier, not both.");
        }

        string lid = lidElement.ValueKind == JsonValueKind.String
            ? lidElement.GetString()!
            : throw RequestBodyErrors.Invalid(pointer + "/lid", "Expected 'lid' to be a string.");
        string? type = identifier.TryGetProperty("type", out JsonElement typeElement) && typeElement.ValueKind == JsonValueKind.String ? typeElement.GetString() : null;
        long id = lids.Resolve(lid, type, pointer + "/lid");

        writer.WriteStartObject();
        foreach (JsonProperty member in identifier.EnumerateObject())
        {
            if (member.NameEquals("lid"))
            {
                writer.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                member.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
