using System.Collections.Frozen;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Writes JSON:API documents straight to a <see cref="Utf8JsonWriter"/>: the top level of each kind of document
/// (<c>data</c>, <c>included</c>, <c>meta</c>, <c>links</c>, <c>errors</c>, <c>jsonapi</c>), with resource objects,
/// links and error objects written by their own writers. Member names are encoded once, attribute values go through
/// compiled typed writers, and links come from the request's <see cref="LinkBuilder"/>.
/// </summary>
internal static class DocumentWriter
{
    private static readonly IReadOnlySet<RelationshipField> NoRelationships = FrozenSet<RelationshipField>.Empty;
    private static readonly JsonEncodedText JsonApiVersion = JsonEncodedText.Encode("1.1");

    /// <summary>Writes a document whose primary data is one resource, or null.</summary>
    public static void WriteSingle(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, object? resource)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        var resourceObjects = new ResourceObjectWriter(context);
        IncludedResourceCollector? includes = IncludedResourceCollector.For(context);

        writer.WriteStartObject();
        writer.WritePropertyName(MemberNames.Data);
        if (resource is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            includes?.MarkPrimary(resourceType, resource);
            includes?.CollectFrom(resource);
            resourceObjects.Write(writer, resourceType, resource, includes?.PrimaryRelationshipsWithData ?? NoRelationships, linkageSources: null);
        }

        WriteIncluded(writer, resourceObjects, includes);
        LinkWriter.WriteDocumentLinks(writer, context.SelfUrl, page: null);
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes a document whose primary data is a collection, with paging members when given.</summary>
    public static void WriteCollection(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, IReadOnlyList<object> resources, PageLinks? page) =>
        WriteCollection(writer, context, resourceType, resources, writer =>
        {
            if (page is not null)
            {
                writer.WritePropertyName(MemberNames.Meta);
                writer.WriteStartObject();
                writer.WriteNumber(MemberNames.RecordCount, page.RecordCount);
                writer.WriteNumber(MemberNames.PageCount, page.PageCount);
                writer.WriteEndObject();
            }

            LinkWriter.WriteDocumentLinks(writer, context.SelfUrl, page);
        });

    /// <summary>Writes a document whose primary data is a page read by cursor, with the cursor pagination profile's links.</summary>
    public static void WriteCursorPage(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, IReadOnlyList<object> resources, CursorPageLinks page) =>
        WriteCollection(writer, context, resourceType, resources, writer => LinkWriter.WriteCursorLinks(writer, context.SelfUrl, page));

    private static void WriteCollection(Utf8JsonWriter writer, DocumentContext context, ResourceType resourceType, IReadOnlyList<object> resources, Action<Utf8JsonWriter> writeLinks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resources);
        var resourceObjects = new ResourceObjectWriter(context);
        IncludedResourceCollector? includes = IncludedResourceCollector.For(context);

        if (includes is not null)
        {
            // Every primary resource first, so that no include path repeats one in included.
            foreach (object resource in resources)
            {
                includes.MarkPrimary(resourceType, resource);
            }

            foreach (object resource in resources)
            {
                includes.CollectFrom(resource);
            }
        }

        writer.WriteStartObject();
        writer.WritePropertyName(MemberNames.Data);
        writer.WriteStartArray();
        IReadOnlySet<RelationshipField> relationshipsWithData = includes?.PrimaryRelationshipsWithData ?? NoRelationships;
        foreach (object resource in resources)
        {
            resourceObjects.Write(writer, resourceType, resource, relationshipsWithData, linkageSources: null);
        }

        writer.WriteEndArray();
        WriteIncluded(writer, resourceObjects, includes);
        writeLinks(writer);
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes a relationship document: the linkage of a to-one (or null) or of a to-many relationship.</summary>
    public static void WriteRelationship(Utf8JsonWriter writer, DocumentContext context, RelationshipField relationship, object owner, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(relationship);
        writer.WriteStartObject();
        writer.WritePropertyName(MemberNames.Data);
        if (ResourceObjectWriter.WriteLinkage(writer, relationship, value, context.MaxToManyLinkage))
        {
            ResourceObjectWriter.WriteTruncatedMeta(writer);
        }

        LinkWriter.WriteRelationshipDocumentLinks(writer, context, relationship, ((IIdentifiable)owner).Id);
        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes an error document with at most <paramref name="maxErrors"/> of the errors; when there are more, the top-level
    /// <c>meta</c> says so and how many were found, so one hostile body cannot turn into a response many times its size.
    /// </summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ErrorObject> errors, int maxErrors = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxErrors, 1);
        int written = Math.Min(errors.Count, maxErrors);
        writer.WriteStartObject();
        writer.WritePropertyName(MemberNames.Errors);
        writer.WriteStartArray();
        for (int index = 0; index < written; index++)
        {
            ErrorObjectWriter.Write(writer, errors[index]);
        }

        writer.WriteEndArray();
        if (written < errors.Count)
        {
            writer.WritePropertyName(MemberNames.Meta);
            writer.WriteStartObject();
            writer.WriteBoolean(MemberNames.Truncated, true);
            writer.WriteNumber(MemberNames.ErrorCount, errors.Count);
            writer.WriteEndObject();
        }

        WriteJsonApiObject(writer);
        writer.WriteEndObject();
    }

    private static void WriteIncluded(Utf8JsonWriter writer, ResourceObjectWriter resourceObjects, IncludedResourceCollector? includes)
    {
        // A request with include gets a compound document, with an empty included when the relationships are empty (JSON:API 1.1).
        if (includes is null)
        {
            return;
        }

        writer.WritePropertyName(MemberNames.Included);
        writer.WriteStartArray();
        foreach (IncludedResource included in includes.Included?.Values ?? Enumerable.Empty<IncludedResource>())
        {
            resourceObjects.Write(writer, included.ResourceType, included.Resource, NoRelationships, included.LinkageSources);
        }

        writer.WriteEndArray();
    }

    private static void WriteJsonApiObject(Utf8JsonWriter writer)
    {
        writer.WritePropertyName(MemberNames.JsonApi);
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Version, JsonApiVersion);
        writer.WriteEndObject();
    }
}
