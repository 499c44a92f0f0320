using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// The cursor pagination profile at the edge of a request: whether the client asked for it, the cursor it sent read back
/// into a position, and the links of the page read, whose cursors are bound to the route, the sort and the caller.
/// </summary>
internal static class CursorPaging
{
    /// <summary>The <c>Content-Type</c> of a response the profile was applied to.</summary>
    public const string ContentType = JsonApiMediaType.Value + "; profile=\"" + CursorPaginationProfile.Uri + "\"";

    /// <summary>Whether <c>Accept</c> names the profile on the JSON:API media type, asking for a first page by cursor.</summary>
    public static bool IsRequested(HttpRequest request)
    {
        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? mediaTypes))
        {
            return false;
        }

        return mediaTypes.Any(mediaType =>
            mediaType.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase)
            && mediaType.Parameters.Any(parameter =>
                parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(CursorPaginationProfile.Uri)));
    }

    /// <summary>What the page reads: the keyset order of the sort (or the profile's 400) and the position of the cursor sent.</summary>
    public static KeysetRequest Start(HttpContext context, ResourceType resourceType, QueryLayer layer)
    {
        CursorPagination cursor = layer.Cursor ?? throw new InvalidOperationException("The request is not paged by cursor.");
        KeysetOrder order = KeysetOrder.Of(layer.Sort, resourceType) ?? throw new JsonApiException(QueryStringErrors.CursorSortNotSupported(layer.Sort.ToString()));
        (string? sent, string parameter) = cursor.After is not null ? (cursor.After, "page[after]") : (cursor.Before, "page[before]");
        KeysetPosition? position = sent is null ? null : Codec(context).Read(order, sent, parameter, Route(context), Audience(context));
        return new KeysetRequest(order, position, Backward: cursor.Before is not null, cursor.PageSize);
    }

    /// <summary>
    /// The links of a page read: <c>next</c> after its last resource and <c>prev</c> before its first. A page that starts at
    /// the beginning has no <c>prev</c>; the direction read says whether more follow. Beyond an empty page the link repeats
    /// the cursor sent, which the profile allows (its page may be empty).
    /// </summary>
    public static CursorPageLinks Links<TResource>(HttpContext context, LinkBuilder links, KeysetRequest keyset, KeysetPage<TResource> page, string? sentCursor)
        where TResource : class
    {
        string route = Route(context);
        string audience = Audience(context);
        CursorCodec codec = Codec(context);
        string CursorOf(TResource resource) => codec.Write(keyset.Order, keyset.Order.PositionOf(resource), route, audience);

        bool morePrev = keyset.Backward ? page.HasMore : keyset.Position is not null;
        bool moreNext = keyset.Backward || page.HasMore;
        string? before = !morePrev ? null : page.Resources.Count > 0 ? CursorOf(page.Resources[0]) : sentCursor;
        string? after = !moreNext ? null : page.Resources.Count > 0 ? CursorOf(page.Resources[^1]) : sentCursor;
        return links.CursorPage(before, after);
    }

    private static CursorCodec Codec(HttpContext context) => context.RequestServices.GetRequiredService<CursorCodec>();

    private static string Route(HttpContext context) => context.Request.Path.Value ?? "";

    private static string Audience(HttpContext context) => context.RequestServices.GetService<ICursorAudience>()?.AudienceOf(context) ?? "";
}
