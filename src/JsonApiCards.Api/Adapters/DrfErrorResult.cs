using System.Text.Encodings.Web;
using System.Text.Json;

namespace JsonApiCards.Api.Adapters;

/// <summary>
/// An error body as Django REST framework writes it, which both adapters' platforms use: <c>{"detail": "..."}</c> for a
/// refusal of the whole request, one list of messages per field for invalid input. Each adapter keeps its own messages.
/// </summary>
internal abstract class DrfErrorResult(int status, object body) : IResult, IStatusCodeHttpResult
{
    // Quotes and non-ASCII text written as themselves, as DRF writes them: the body is JSON for an API client, never HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int StatusCode { get; } = status;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    protected static Dictionary<string, string> DetailBody(string detail) => new() { ["detail"] = detail };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(body, body.GetType(), Json, httpContext.RequestAborted);
    }
}
