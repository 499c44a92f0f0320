using System.Net;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>The 415 and 406 of JSON:API 1.1 content negotiation, naming the header in <c>source.header</c>.</summary>
internal static class ContentNegotiationErrors
{
    /// <summary>The 415 for a <c>Content-Type</c> that is not <paramref name="mediaType"/> with at most a <c>profile</c> parameter.</summary>
    public static JsonApiException UnsupportedMediaType(string mediaType) =>
        new(new ErrorObject(
            HttpStatusCode.UnsupportedMediaType,
            ErrorCodes.UnsupportedMediaType,
            "The specified Content-Type header value is not supported.",
            $"Send 'Content-Type: {mediaType}' with no media type parameters other than 'profile'; this server supports no extensions.")
        { Header = HeaderNames.ContentType });

    /// <summary>The 406 for an <c>Accept</c> header that admits no <paramref name="mediaType"/> this server can give.</summary>
    public static JsonApiException NotAcceptable(string mediaType) =>
        new(new ErrorObject(
            HttpStatusCode.NotAcceptable,
            ErrorCodes.NotAcceptable,
            "The specified Accept header value does not contain any supported media types.",
            $"Accept '{mediaType}' with no media type parameters other than 'profile'.")
        { Header = HeaderNames.Accept });
}
