using System.Text.Json;
using JsonApiCards.JsonApi.Documents;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// A response carrying a JSON:API document, written straight to the response body pipe. Its status differs by route (201
/// for a create, 200 otherwise), so each route declares it in its metadata (<see cref="JsonApiRouteMetadata"/>). A HEAD
/// request gets the status and headers (<c>ETag</c>, <c>Content-Type</c>) of the GET and no body: the document is not written.
/// </summary>
internal sealed class JsonApiDocumentResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly Action<Utf8JsonWriter> _write;

    internal JsonApiDocumentResult(
        int statusCode, Action<Utf8JsonWriter> write, string? location = null, string? entityTag = null, string contentType = JsonApiMediaType.Value)
    {
        StatusCode = statusCode;
        _write = write;
        Location = location;
        ContentType = contentType;
        EntityTag = entityTag;
    }

    /// <inheritdoc />
    public int? StatusCode { get; }

    /// <inheritdoc />
    public string ContentType { get; }

    /// <summary>The <c>Location</c> header of a 201 response.</summary>
    public string? Location { get; }

    /// <summary>The document's <c>ETag</c> (<see cref="EntityTags"/>); a GET or HEAD whose <c>If-None-Match</c> names it is answered 304 without a body.</summary>
    public string? EntityTag { get; }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (EntityTag is not null)
        {
            HttpRequest request = httpContext.Request;
            bool isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
            if (isRead && ConditionalRequests.IsNotModified(request, EntityTag))
            {
                httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
                httpContext.Response.Headers.ETag = EntityTag;
                return;
            }

            httpContext.Response.Headers.ETag = EntityTag;
        }

        httpContext.Response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            // HEAD answers from the same query, status and headers as GET; the document is never serialized, only dropped.
            return;
        }

        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, JsonApiWriterOptions.Default))
        {
            _write(writer);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
