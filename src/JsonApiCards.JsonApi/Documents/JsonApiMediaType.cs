using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>The JSON:API media type and the content negotiation rules of JSON:API 1.1.</summary>
public static class JsonApiMediaType
{
    /// <summary><c>application/vnd.api+json</c>.</summary>
    public const string Value = "application/vnd.api+json";

    /// <summary>
    /// Whether a <c>Content-Type</c> may be processed: the JSON:API media type with no parameters but <c>profile</c>
    /// (and <c>ext</c> naming no extension, since this server supports none).
    /// </summary>
    public static bool IsAcceptableContentType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? mediaType)
        && mediaType.MediaType.Equals(Value, StringComparison.OrdinalIgnoreCase)
        && HasOnlySupportedParameters(mediaType);

    /// <summary>
    /// Whether an <c>Accept</c> header lets the server answer with the JSON:API media type: no header, a wildcard,
    /// or at least one JSON:API media type whose parameters are all supported, none of them with a weight of 0.
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

        // A weight of 0 means "not acceptable" (RFC 9110, 12.4.2), and naming the JSON:API type so overrides any wildcard.
        if (mediaTypes.Any(mediaType => mediaType.Quality == 0 && mediaType.MediaType.Equals(Value, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return mediaTypes.Any(mediaType => mediaType.Quality != 0 && (
            mediaType.MediaType.Equals("*/*", StringComparison.Ordinal)
            || mediaType.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || (mediaType.MediaType.Equals(Value, StringComparison.OrdinalIgnoreCase) && HasOnlySupportedParameters(mediaType))));
    }

    private static bool HasOnlySupportedParameters(MediaTypeHeaderValue mediaType) =>
        mediaType.Parameters.All(parameter =>
            parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase)
            || parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase)
            || (parameter.Name.Equals("ext", StringComparison.OrdinalIgnoreCase) && HeaderUtilities.RemoveQuotes(parameter.Value).Trim().Length == 0));
}
