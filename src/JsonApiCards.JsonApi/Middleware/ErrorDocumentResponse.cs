using System.Net;
using System.Text.Json;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Middleware;

/// <summary>
/// Writes a JSON:API error document as the response, for code that answers before any JSON:API handler runs (an
/// authentication challenge, a rate limiter) and so cannot throw a <see cref="JsonApiException"/>.
/// </summary>
public static class ErrorDocumentResponse
{
    /// <summary>
    /// Sets the status (the errors' own, or the general one of them, as <see cref="JsonApiException.Status"/>) and the JSON:API
    /// media type, and writes the errors. Headers already set (<c>WWW-Authenticate</c>, <c>Retry-After</c>) are kept.
    /// </summary>
    public static async Task WriteAsync(HttpResponse response, IReadOnlyList<ErrorObject> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(errors);
        await WriteAsync(response, new JsonApiException(errors).Status, errors, cancellationToken);
    }

    internal static async Task WriteAsync(HttpResponse response, HttpStatusCode status, IReadOnlyList<ErrorObject> errors, CancellationToken cancellationToken)
    {
        response.StatusCode = (int)status;
        response.ContentType = JsonApiMediaType.Value;
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, JsonApiWriterOptions.Default))
        {
            DocumentWriter.WriteErrors(writer, errors, MaxErrorsPerDocument(response));
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    private static int MaxErrorsPerDocument(HttpResponse response) =>
        response.HttpContext.RequestServices.GetService<IOptions<JsonApiOptions>>()?.Value.MaxErrorsPerDocument ?? new JsonApiOptions().MaxErrorsPerDocument;
}
