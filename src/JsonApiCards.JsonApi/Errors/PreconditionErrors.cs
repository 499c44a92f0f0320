using System.Net;
using Microsoft.Net.Http.Headers;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>The errors of conditional requests (RFC 9110, section 13), naming the header in <c>source.header</c>.</summary>
internal static class PreconditionErrors
{
    /// <summary>The 400 for a precondition header that cannot be read.</summary>
    public static JsonApiException Malformed(string header) =>
        new(new ErrorObject(
            HttpStatusCode.BadRequest,
            ErrorCodes.InvalidPreconditionHeader,
            "A precondition header is malformed.",
            $"Send '{header}' as '*' or a comma-separated list of quoted entity tags, such as the ETag a GET answered with.")
        { Header = header });

    /// <summary>The 412 for an <c>If-Match</c> that names no current version of the resource.</summary>
    public static JsonApiException Failed() =>
        new(new ErrorObject(
            HttpStatusCode.PreconditionFailed,
            ErrorCodes.PreconditionFailed,
            "The resource has changed.",
            "The resource changed after the ETag in 'If-Match' was given; nothing was saved. Read it again (its ETag too) and send the change with the new ETag.")
        { Header = HeaderNames.IfMatch });

    /// <summary>The 409 for a write without <c>If-Match</c> that a concurrent write to the same resource overtook.</summary>
    public static JsonApiException ChangedMeanwhile() =>
        new(new ErrorObject(
            HttpStatusCode.Conflict,
            ErrorCodes.Conflict,
            "The change conflicts with existing data.",
            "Another request changed the resource while this one was being saved; nothing was saved. Send the request again."));
}
