using System.Text.Json;
using JsonApiCards.JsonApi.Documents;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>Writes the response document of an atomic request: one result per operation, in order, <c>{}</c> for one without data.</summary>
internal static class AtomicResultsWriter
{
    private static readonly JsonEncodedText Results = JsonEncodedText.Encode("atomic:results");
    private static readonly JsonEncodedText Ext = JsonEncodedText.Encode("ext");
    private static readonly JsonEncodedText Extension = JsonEncodedText.Encode(AtomicMediaType.Extension);
    private static readonly JsonEncodedText JsonApiVersion = JsonEncodedText.Encode("1.1");
    private static readonly IReadOnlySet<Resources.RelationshipField> NoLinkage = new HashSet<Resources.RelationshipField>();

    public static void Write(Utf8JsonWriter writer, DocumentContext context, IReadOnlyList<AtomicResult?> results)
    {
        var resourceObjects = new ResourceObjectWriter(context);
        writer.WriteStartObject();
        writer.WritePropertyName(Results);
        writer.WriteStartArray();
        foreach (AtomicResult? result in results)
        {
            writer.WriteStartObject();
            if (result is not null)
            {
                writer.WritePropertyName(MemberNames.Data);
                resourceObjects.Write(writer, result.Type, result.Resource, NoLinkage, linkageSources: null);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName(MemberNames.JsonApi);
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Version, JsonApiVersion);
        writer.WritePropertyName(Ext);
        writer.WriteStartArray();
        writer.WriteStringValue(Extension);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
