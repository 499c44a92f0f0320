using System.Buffers.Text;
using System.Collections;
using System.Text.Json;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Writes the resource objects of one document (id, type, links, the viewable attributes and relationships its
/// fieldsets keep, and the definition's meta) and resource linkage. One per document: it resolves each type's
/// definition once rather than once per resource written.
/// </summary>
internal sealed class ResourceObjectWriter(DocumentContext context)
{
    // Most documents hold one resource type: the map is made only when a second one is met.
    private Dictionary<ResourceType, IResourceDefinition>? _definitions;
    private ResourceType? _lastType;
    private IResourceDefinition? _lastDefinition;

    // A primary resource writes the linkage of relationshipsWithData from itself. An included resource writes the linkage of
    // each relationship in linkageSources from the copy loaded through the include path that names it: two paths may reach
    // the same resource, each loading different relationships of it.
    public void Write(Utf8JsonWriter writer, ResourceType resourceType, object resource, IReadOnlySet<RelationshipField> relationshipsWithData, IReadOnlyDictionary<RelationshipField, object>? linkageSources)
    {
        long id = ((IIdentifiable)resource).Id;
        SparseFieldSetExpression? selection = context.Fieldsets.GetValueOrDefault(resourceType);

        writer.WriteStartObject();
        WriteId(writer, id);
        writer.WriteString(MemberNames.Type, resourceType.JsonName);
        LinkWriter.WriteResourceLinks(writer, context.Links, resourceType, id);

        bool attributesStarted = false;
        foreach (AttrField attribute in resourceType.Attributes)
        {
            if (!attribute.Can(AttrCapabilities.AllowView) || (selection is not null && !selection.Attributes.Contains(attribute)))
            {
                continue;
            }

            if (!attributesStarted)
            {
                writer.WritePropertyName(MemberNames.Attributes);
                writer.WriteStartObject();
                attributesStarted = true;
            }

            writer.WritePropertyName(attribute.JsonName);
            attribute.WriteValue(writer, resource);
        }

        if (attributesStarted)
        {
            writer.WriteEndObject();
        }

        bool relationshipsStarted = false;
        foreach (RelationshipField relationship in resourceType.Relationships)
        {
            if (selection is not null && !selection.Relationships.Contains(relationship))
            {
                continue;
            }

            if (!relationshipsStarted)
            {
                writer.WritePropertyName(MemberNames.Relationships);
                writer.WriteStartObject();
                relationshipsStarted = true;
            }

            writer.WritePropertyName(relationship.JsonName);
            writer.WriteStartObject();
            LinkWriter.WriteRelationshipLinks(writer, context.Links, resourceType, id, relationship);
            object? linkageSource = linkageSources is null
                ? relationshipsWithData.Contains(relationship) ? resource : null
                : linkageSources.GetValueOrDefault(relationship);
            if (linkageSource is not null)
            {
                writer.WritePropertyName(MemberNames.Data);
                if (WriteLinkage(writer, relationship, relationship.GetValue(linkageSource), context.MaxToManyLinkage))
                {
                    WriteTruncatedMeta(writer);
                }
            }

            writer.WriteEndObject();
        }

        if (relationshipsStarted)
        {
            writer.WriteEndObject();
        }

        if (DefinitionOf(resourceType).GetMeta(resource) is { Count: > 0 } meta)
        {
            writer.WritePropertyName(MemberNames.Meta);
            writer.WriteStartObject();
            foreach (var (key, value) in meta)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the linkage of a relationship: a resource identifier object or null for a to-one, an array of at most
    /// <paramref name="maxToMany"/> of them for a to-many. True when a to-many held more than that.
    /// </summary>
    public static bool WriteLinkage(Utf8JsonWriter writer, RelationshipField relationship, object? value, int maxToMany)
    {
        if (!relationship.IsToMany)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteIdentifier(writer, relationship.RightType, value);
            }

            return false;
        }

        writer.WriteStartArray();
        int written = 0;
        if (value is IEnumerable related)
        {
            foreach (object item in related)
            {
                if (written == maxToMany)
                {
                    writer.WriteEndArray();
                    return true;
                }

                WriteIdentifier(writer, relationship.RightType, item);
                written++;
            }
        }

        writer.WriteEndArray();
        return false;
    }

    /// <summary>Writes <c>"meta": {"truncated": true}</c>: the linkage before it names only the first members, the <c>related</c> link pages through all.</summary>
    public static void WriteTruncatedMeta(Utf8JsonWriter writer)
    {
        writer.WritePropertyName(MemberNames.Meta);
        writer.WriteStartObject();
        writer.WriteBoolean(MemberNames.Truncated, true);
        writer.WriteEndObject();
    }

    private static void WriteIdentifier(Utf8JsonWriter writer, ResourceType resourceType, object resource)
    {
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Type, resourceType.JsonName);
        WriteId(writer, ((IIdentifiable)resource).Id);
        writer.WriteEndObject();
    }

    private static void WriteId(Utf8JsonWriter writer, long id)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(id, digits, out int written);
        writer.WriteString(MemberNames.Id, digits[..written]);
    }

    private IResourceDefinition DefinitionOf(ResourceType resourceType)
    {
        if (ReferenceEquals(resourceType, _lastType))
        {
            return _lastDefinition!;
        }

        if (_lastType is not null)
        {
            // A second type (an included one): from here on, keep every type met.
            _definitions ??= new() { [_lastType] = _lastDefinition! };
        }

        IResourceDefinition? definition = null;
        if (_definitions is null || !_definitions.TryGetValue(resourceType, out definition))
        {
            definition = context.Definitions(resourceType);
            _definitions?.Add(resourceType, definition);
        }

        _lastType = resourceType;
        _lastDefinition = definition;
        return definition;
    }
}
