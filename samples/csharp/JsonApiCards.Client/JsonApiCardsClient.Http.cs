using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JsonApiCards.Client;

/// <summary>The hand-written half of the generated client: how it writes request bodies and which media type it accepts.</summary>
public partial class JsonApiCardsClient
{
    private const string JsonApiMediaType = "application/vnd.api+json";

    /// <summary>
    /// Leaves unset members out of request bodies. A JSON:API PATCH changes exactly the attributes it carries, so a
    /// <c>null</c> for every attribute left unset would clear them; and <c>/oauth/token</c> takes only strings.
    /// </summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

    /// <summary>
    /// Accepts JSON:API on every <c>/api</c> request. NSwag takes the <c>Accept</c> header from the success response's
    /// media type, so a request answered by <c>204 No Content</c> (a DELETE, a relationship PATCH) would send none, while
    /// its errors are JSON:API documents.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The generated client declares this hook as an instance method.")]
    partial void PrepareRequest(HttpClient client, HttpRequestMessage request, string url)
    {
        if (request.Headers.Accept.Count == 0 && url.StartsWith("api/", StringComparison.Ordinal))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiMediaType));
        }
    }
}
