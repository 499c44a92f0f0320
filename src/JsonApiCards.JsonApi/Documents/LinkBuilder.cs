using System.Globalization;
using System.Text;
using System.Text.Json;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Builds every link of one response from the configured public base URL or else the address the request reached, read once per request: the request's own
/// URL, the paging links, and the links of each resource object and relationship (composed on the stack as they are
/// written). The query string is written into links as <see cref="LinkQuery"/> encodes it.
/// </summary>
internal sealed class LinkBuilder
{
    private static readonly byte[] RelationshipsSegment = "/relationships/"u8.ToArray();

    private readonly long _maxPageOffset;
    private readonly int _originLength;
    private readonly string _path;
    private readonly string? _query;
    private string? _self;

    /// <summary>Creates the links of a request.</summary>
    /// <param name="origin">Scheme, host and path base, e.g. <c>http://localhost:5000</c>, without a trailing slash.</param>
    /// <param name="basePath">The path the resource routes start with, e.g. <c>/api</c>.</param>
    /// <param name="path">The path of the request below <paramref name="origin"/>, as it goes into a URI.</param>
    /// <param name="query">The raw query string of the request, with or without its leading <c>?</c>.</param>
    /// <param name="maxPageOffset">How deep paging may reach (<c>page[number]</c> × <c>page[size]</c>): no paging link points deeper.</param>
    public LinkBuilder(string origin, string basePath, string path, string? query = null, long maxPageOffset = long.MaxValue)
        : this(string.Concat(origin, basePath), origin?.Length ?? throw new ArgumentNullException(nameof(origin)), path, query, maxPageOffset)
    {
    }

    // The base URL starts with the origin, which the request's own URL shares: one string holds both.
    private LinkBuilder(string baseUrl, int originLength, string path, string? query, long maxPageOffset)
    {
        BaseUrl = baseUrl;
        _maxPageOffset = maxPageOffset;
        _originLength = originLength;
        _path = path;
        _query = query;
    }

    /// <summary>The links of <paramref name="request"/>, for resource routes under <paramref name="basePath"/>.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="basePath">The path the resource routes start with, e.g. <c>/api</c>.</param>
    /// <param name="publicBaseUrl">
    /// The configured public base URL (scheme, host and path base, without a trailing slash), or null to start links at the
    /// address the request reached: its scheme, <c>Host</c> and path base, which the host must have made trustworthy.
    /// </param>
    /// <param name="maxPageOffset">How deep paging may reach (<c>page[number]</c> × <c>page[size]</c>): no paging link points deeper.</param>
    public static LinkBuilder For(HttpRequest request, string basePath, string? publicBaseUrl = null, long maxPageOffset = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(basePath);

        string origin = PublicOrigin.Of(request, publicBaseUrl);
        return new LinkBuilder(string.Concat(origin, basePath), origin.Length, request.Path.ToUriComponent(), request.QueryString.Value, maxPageOffset);
    }

    /// <summary>The absolute URL the resource routes start with, e.g. <c>http://localhost:5000/api</c>, without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The absolute URL of the request, its query encoded for a link: the top-level <c>links.self</c>.</summary>
    public string Self => _self ??= BuildSelf();

    /// <summary>The URL of one resource, e.g. the <c>Location</c> of a created one.</summary>
    public string ResourceUrl(ResourceType resourceType, long id)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return string.Create(CultureInfo.InvariantCulture, $"{BaseUrl}/{resourceType.PublicName}/{id}");
    }

    /// <summary>
    /// The paging members of a collection: the request's URL with every other query parameter kept. <c>meta.page_count</c>
    /// counts every page; <c>next</c> and <c>last</c> stop at the deepest page paging may reach.
    /// </summary>
    public PageLinks Page(int pageNumber, int pageSize, long recordCount)
    {
        long pageCount = recordCount == 0 ? 1 : ((recordCount - 1) / pageSize) + 1;
        long lastReachable = Math.Max(1, Math.Min(pageCount, _maxPageOffset / pageSize));
        string prefix = PagePrefix();

        string Link(long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}page%5Bnumber%5D={number}&page%5Bsize%5D={pageSize}");

        return new PageLinks(
            recordCount,
            recordCount == 0 ? 0 : pageCount,
            Link(1),
            pageNumber > 1 ? Link(Math.Min(pageNumber - 1, lastReachable)) : null,
            pageNumber < lastReachable ? Link(pageNumber + 1) : null,
            Link(lastReachable));
    }

    /// <summary>
    /// The links of a page read by cursor: the request's URL with every other query parameter kept (<c>page[size]</c> too),
    /// <c>first</c> without a cursor, <c>prev</c> and <c>next</c> with the cursors given, or null.
    /// </summary>
    public CursorPageLinks CursorPage(string? before, string? after)
    {
        StringBuilder prefix = StartWithQuery();
        int queryStart = prefix.Length;
        LinkQuery.AppendTo(prefix, _query, static name => name is "page[number]" or "page[after]" or "page[before]");
        string first = prefix.Length > queryStart ? prefix.ToString() : prefix.ToString(0, queryStart - 1);
        string separator = prefix.Length > queryStart ? "&" : "?";
        return new CursorPageLinks(
            first,
            before is null ? null : $"{first}{separator}page%5Bbefore%5D={before}",
            after is null ? null : $"{first}{separator}page%5Bafter%5D={after}");
    }

    /// <summary>Writes <c>{base}/{type}/{id}</c> as the value of <paramref name="name"/>.</summary>
    internal void WriteResourceLink(Utf8JsonWriter writer, JsonEncodedText name, ResourceType resourceType, long id)
    {
        var link = new LinkBuffer(stackalloc byte[512]);
        link.AppendResourcePath(BaseUrl, resourceType, id);
        writer.WriteString(name, link.Written);
    }

    /// <summary>
    /// Writes a relationship's own link, <c>{base}/{type}/{id}/relationships/{name}</c>, or its related-resource link,
    /// <c>{base}/{type}/{id}/{name}</c>, as the value of <paramref name="name"/>.
    /// </summary>
    internal void WriteRelationshipLink(Utf8JsonWriter writer, JsonEncodedText name, ResourceType resourceType, long id, JsonEncodedText relationship, bool isRelationshipsLink)
    {
        var link = new LinkBuffer(stackalloc byte[512]);
        link.AppendResourcePath(BaseUrl, resourceType, id);
        link.Append(isRelationshipsLink ? RelationshipsSegment : "/"u8);
        link.Append(relationship.EncodedUtf8Bytes);
        writer.WriteString(name, link.Written);
    }

    private string BuildSelf()
    {
        if (string.IsNullOrEmpty(_query))
        {
            return string.Concat(Origin, _path);
        }

        StringBuilder self = StartWithQuery();
        int queryStart = self.Length;
        LinkQuery.AppendTo(self, _query);
        if (self.Length == queryStart)
        {
            // A query of no pairs ("?&") leaves no '?' behind.
            self.Length--;
        }

        return self.ToString();
    }

    private string PagePrefix()
    {
        StringBuilder prefix = StartWithQuery();
        int queryStart = prefix.Length;
        LinkQuery.AppendTo(prefix, _query, static name => name is "page[number]" or "page[size]");
        if (prefix.Length > queryStart)
        {
            prefix.Append('&');
        }

        return prefix.ToString();
    }

    // Sized for the whole link at once (an encoded bracket takes three characters), so the builder does not grow.
    private StringBuilder StartWithQuery() =>
        new StringBuilder(_originLength + _path.Length + (_query?.Length ?? 0) + 48).Append(Origin).Append(_path).Append('?');

    private ReadOnlySpan<char> Origin => BaseUrl.AsSpan(0, _originLength);
}
