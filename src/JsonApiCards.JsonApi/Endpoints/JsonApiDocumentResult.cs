using System.Text.Json;
using JsonApiCards.JsonApi.Documents;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// A response carrying a JSON:API document, written straight to the response body pipe. Its status differs by route (201
/// for a create, 200 otherwise), so each route declares it in its metadata (<see cref="JsonApiRouteMetadata"/>).
/// </summary>
internal sealed class JsonApiDocumentResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly Action<Utf8JsonWriter> _write;

    internal JsonApiDocumentResult(int statusCode, Action<Utf8JsonWriter> write, string? location = null, string contentType = JsonApiMediaType.Value)
    {
        StatusCode = statusCode;
        _write = write;
        Location = location;
        ContentType = contentType;
    }

    /// <inheritdoc />
    public int? StatusCode { get; }

    /// <inheritdoc />
    public string ContentType { get; }

    /// <summary>The <c>Location</c> header of a 201 response.</summary>
    public string? Location { get; }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        await using (var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, JsonApiWriterOptions.Default))
        {
            _write(writer);
        }

        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
