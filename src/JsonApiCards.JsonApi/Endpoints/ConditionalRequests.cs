using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// Reads the preconditions of RFC 9110, section 13: <c>If-Match</c> on writes (strong comparison, with the tags of
/// <see cref="EntityTags"/>) and <c>If-None-Match</c> on reads (weak comparison). Either header that is not <c>*</c> or a
/// list of entity tags is a 400.
/// </summary>
internal static class ConditionalRequests
{
    /// <summary>The write's precondition, or null when the request has no <c>If-Match</c>.</summary>
    public static WritePrecondition? ReadIfMatch(HttpRequest request)
    {
        IList<EntityTagHeaderValue>? tags = Read(request.Headers.IfMatch, HeaderNames.IfMatch);
        if (tags is null)
        {
            return null;
        }

        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any))
            ? WritePrecondition.Any
            : WritePrecondition.OneOf(tags.Select(EntityTags.VersionOf).OfType<ulong>());
    }

    /// <summary>Whether a read may answer 304: its <c>If-None-Match</c> is <c>*</c> or names <paramref name="entityTag"/>, weakly compared.</summary>
    public static bool IsNotModified(HttpRequest request, string entityTag)
    {
        IList<EntityTagHeaderValue>? tags = Read(request.Headers.IfNoneMatch, HeaderNames.IfNoneMatch);
        if (tags is null)
        {
            return false;
        }

        EntityTagHeaderValue current = EntityTagHeaderValue.Parse(entityTag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    private static IList<EntityTagHeaderValue>? Read(StringValues values, string header)
    {
        if (StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        return EntityTagHeaderValue.TryParseStrictList(values, out IList<EntityTagHeaderValue>? tags) && tags.Count > 0
            ? tags
            : throw PreconditionErrors.Malformed(header);
    }
}
