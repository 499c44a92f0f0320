using System.Collections;
using System.Globalization;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// The <c>ETag</c>s of documents, made from what the rows already read say rather than from the bytes written: a document
/// is its resources' versions shaped by the query string. A single resource gets a strong tag,
/// <c>"{version}-{digest}"</c>: its concurrency token, then a digest of its id, the query string (fields, include ...)
/// and the type, id and token of every resource included; a write's <c>If-Match</c> is compared with the version part,
/// so the tag of any GET of the resource is current until the resource changes. A collection gets a weak tag,
/// <c>W/"{digest}"</c>, of the query string, the record count and each resource's (and included one's) id and token.
/// </summary>
/// <remarks>
/// The digest is 64-bit FNV-1a: the same on every instance and in every process (unlike <see cref="HashCode"/>), and
/// cheap over the few values hashed. Links are not hashed: they follow from the URL and the configured base URL.
/// </remarks>
internal static class EntityTags
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;
    private static readonly ulong CursorPageBasis = Add(OffsetBasis, CursorPaginationProfile.Uri);

    /// <summary>The strong tag of a document whose primary data is <paramref name="resource"/> (null when the data is null), or null when its type has no concurrency token.</summary>
    public static string? ForResource(ConcurrencyTokens tokens, ResourceType resourceType, object? resource, DocumentContext context, string queryString)
    {
        ConcurrencyToken? token = tokens.Find(resourceType);
        if (token is null)
        {
            return null;
        }

        ulong digest = Add(OffsetBasis, queryString);
        ulong version = 0;
        if (resource is not null)
        {
            version = token.Read(resource);
            digest = AddResource(tokens, digest, resourceType, resource);
            digest = AddIncluded(tokens, digest, resource, context.Include);
        }

        return string.Create(CultureInfo.InvariantCulture, $"\"{version}-{digest:x16}\"");
    }

    /// <summary>The weak tag of a collection document: one page of <paramref name="recordCount"/> resources.</summary>
    public static string? ForCollection(ConcurrencyTokens tokens, ResourceType resourceType, IEnumerable page, long recordCount, DocumentContext context, string queryString) =>
        ForPage(OffsetBasis, tokens, resourceType, page, recordCount, context, queryString);

    /// <summary>
    /// The weak tag of a page read by cursor. A URL without a cursor answers a page by number or by cursor as Accept asks,
    /// so the cursor page's tag starts from the profile: neither representation's tag revalidates the other.
    /// </summary>
    public static string? ForCursorPage(ConcurrencyTokens tokens, ResourceType resourceType, IEnumerable page, bool hasMore, DocumentContext context, string queryString) =>
        ForPage(CursorPageBasis, tokens, resourceType, page, hasMore ? 1 : 0, context, queryString);

    private static string? ForPage(ulong basis, ConcurrencyTokens tokens, ResourceType resourceType, IEnumerable page, long recordCount, DocumentContext context, string queryString)
    {
        if (tokens.Find(resourceType) is null)
        {
            return null;
        }

        ulong digest = Add(Add(basis, queryString), (ulong)recordCount);
        foreach (object resource in page)
        {
            digest = AddResource(tokens, digest, resourceType, resource);
            digest = AddIncluded(tokens, digest, resource, context.Include);
        }

        return string.Create(CultureInfo.InvariantCulture, $"W/\"{digest:x16}\"");
    }

    /// <summary>
    /// The version an entity tag names, if it is a strong tag this layer made for a single resource (<c>"{version}-..."</c>);
    /// null for any other tag, which then names no version of any resource.
    /// </summary>
    public static ulong? VersionOf(Microsoft.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.IsWeak || tag.Tag.Length < 3)
        {
            return null;
        }

        ReadOnlySpan<char> opaque = tag.Tag.AsSpan()[1..^1];
        int dash = opaque.IndexOf('-');
        return dash > 0 && ulong.TryParse(opaque[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out ulong version) ? version : null;
    }

    private static ulong AddIncluded(ConcurrencyTokens tokens, ulong digest, object resource, IReadOnlyList<IncludeElementExpression> include)
    {
        foreach (IncludeElementExpression node in include)
        {
            object? value = node.Relationship.GetValue(resource);
            if (value is null)
            {
                continue;
            }

            ResourceType rightType = node.Relationship.RightType;
            if (node.Relationship.IsToMany)
            {
                foreach (object related in (IEnumerable)value)
                {
                    digest = AddIncluded(tokens, AddResource(tokens, digest, rightType, related), related, node.Children);
                }
            }
            else
            {
                digest = AddIncluded(tokens, AddResource(tokens, digest, rightType, value), value, node.Children);
            }
        }

        return digest;
    }

    private static ulong AddResource(ConcurrencyTokens tokens, ulong digest, ResourceType resourceType, object resource)
    {
        digest = Add(Add(digest, resourceType.PublicName), (ulong)((IIdentifiable)resource).Id);
        return Add(digest, tokens.Find(resourceType)?.Read(resource) ?? 0);
    }

    private static ulong Add(ulong digest, string text)
    {
        foreach (char character in text)
        {
            digest = (digest ^ character) * Prime;
        }

        // A separator, so that "ab" + "c" and "a" + "bc" differ.
        return (digest ^ 0xFFFF) * Prime;
    }

    private static ulong Add(ulong digest, ulong value)
    {
        for (int shift = 0; shift < 64; shift += 8)
        {
            digest = (digest ^ ((value >> shift) & 0xFF)) * Prime;
        }

        return digest;
    }
}
