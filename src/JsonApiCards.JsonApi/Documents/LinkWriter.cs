using System.Text.Json;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>Writes the <c>links</c> objects of a document: its top-level links, and those of resource objects and relationships.</summary>
internal static class LinkWriter
{
    /// <summary>The top-level links of a resource or collection document: <c>self</c>, and the paging links when given.</summary>
    public static void WriteDocumentLinks(Utf8JsonWriter writer, string selfUrl, PageLinks? page)
    {
        writer.WritePropertyName(MemberNames.Links);
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Self, selfUrl);
        if (page is not null)
        {
            writer.WriteString(MemberNames.First, page.First);
            if (page.Prev is not null)
            {
                writer.WriteString(MemberNames.Prev, page.Prev);
            }

            if (page.Next is not null)
            {
                writer.WriteString(MemberNames.Next, page.Next);
            }

            writer.WriteString(MemberNames.Last, page.Last);
        }

        writer.WriteEndObject();
    }

    /// <summary>The top-level links of a page read by cursor: <c>self</c>, <c>first</c>, and <c>prev</c> and <c>next</c>, null where no page is.</summary>
    public static void WriteCursorLinks(Utf8JsonWriter writer, string selfUrl, CursorPageLinks page)
    {
        writer.WritePropertyName(MemberNames.Links);
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Self, selfUrl);
        writer.WriteString(MemberNames.First, page.First);
        WriteNullable(MemberNames.Prev, page.Prev);
        WriteNullable(MemberNames.Next, page.Next);
        writer.WriteEndObject();

        void WriteNullable(JsonEncodedText name, string? link)
        {
            if (link is null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, link);
            }
        }
    }

    /// <summary>The top-level links of a relationship document: <c>self</c> and the related-resource link.</summary>
    public static void WriteRelationshipDocumentLinks(Utf8JsonWriter writer, DocumentContext context, RelationshipField relationship, long ownerId)
    {
        writer.WritePropertyName(MemberNames.Links);
        writer.WriteStartObject();
        writer.WriteString(MemberNames.Self, context.SelfUrl);
        context.Links.WriteRelationshipLink(writer, MemberNames.Related, relationship.Owner, ownerId, relationship.JsonName, isRelationshipsLink: false);
        writer.WriteEndObject();
    }

    /// <summary>The links of a resource object: its own URL.</summary>
    public static void WriteResourceLinks(Utf8JsonWriter writer, LinkBuilder links, ResourceType resourceType, long id)
    {
        writer.WritePropertyName(MemberNames.Links);
        writer.WriteStartObject();
        links.WriteResourceLink(writer, MemberNames.Self, resourceType, id);
        writer.WriteEndObject();
    }

    /// <summary>The links of a relationship object: the relationship's own URL and its related-resource URL.</summary>
    public static void WriteRelationshipLinks(Utf8JsonWriter writer, LinkBuilder links, ResourceType resourceType, long id, RelationshipField relationship)
    {
        writer.WritePropertyName(MemberNames.Links);
        writer.WriteStartObject();
        links.WriteRelationshipLink(writer, MemberNames.Self, resourceType, id, relationship.JsonName, isRelationshipsLink: true);
        links.WriteRelationshipLink(writer, MemberNames.Related, resourceType, id, relationship.JsonName, isRelationshipsLink: false);
        writer.WriteEndObject();
    }
}
