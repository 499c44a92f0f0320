using JsonApiCards.JsonApi.Documents;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>
/// The JSON:API media type with the atomic operations extension, and the negotiation rules of JSON:API 1.1 for it: the
/// <c>ext</c> parameter is a space-separated list of extension URIs, every one of which the server must support.
/// </summary>
internal static class AtomicMediaType
{
    /// <summary>The URI of the atomic operations extension.</summary>
    public const string Extension = "https://jsonapi.org/ext/atomic";

    /// <summary>The media type of requests and responses: <c>application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"</c>.</summary>
    public const string Value = JsonApiMediaType.Value + "; ext=\"" + Extension + "\"";

    /// <summary>Whether a <c>Content-Type</c> is the JSON:API media type applying the atomic extension, with no parameters but <c>ext</c> and <c>profile</c>.</summary>
    public static bool IsAcceptableContentType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
        && mediaType.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase)
        && AppliesTheExtension(mediaType, allowQuality: false);

    /// <summary>
    /// Whether an <c>Accept</c> header lets the server answer with atomic results: no header, a wildcard, or a JSON:API
    /// media type whose <c>ext</c> names the atomic extension (and no other), none of them with a weight of 0.
    /// </summary>
    public static bool IsAcceptable(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? mediaTypes))
        {
            return false;
        }

        if (mediaTypes.Any(mediaType => mediaType.Quality == 0 && mediaType.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase) && AppliesTheExtension(mediaType, allowQuality: true)))
        {
            return false;
        }

        return mediaTypes.Any(mediaType => mediaType.Quality != 0 && (
            mediaType.MediaType.Equals("*/*", StringComparison.Ordinal)
            || mediaType.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || (mediaType.MediaType.Equals(JsonApiMediaType.Value, StringComparison.OrdinalIgnoreCase) && AppliesTheExtension(mediaType, allowQuality: true))));
    }

    private static bool AppliesTheExtension(MediaTypeHeaderValue mediaType, bool allowQuality)
    {
        bool extended = false;
        foreach (NameValueHeaderValue parameter in mediaType.Parameters)
        {
            if (parameter.Name.Equals("ext", StringComparison.OrdinalIgnoreCase))
            {
                string[] extensions = HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (extensions.Length == 0 || extensions.Any(extension => !extension.Equals(Extension, StringComparison.Ordinal)))
                {
                    return false;
                }

                extended = true;
            }
            else if (!parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase) && !(allowQuality && parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return extended;
    }
}
