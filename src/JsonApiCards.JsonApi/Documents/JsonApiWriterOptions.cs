using System.Text.Encodings.Web;
using System.Text.Json;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>How response documents are encoded.</summary>
internal static class JsonApiWriterOptions
{
    /// <summary>
    /// Documents are served as <c>application/vnd.api+json</c>, never embedded in HTML, so characters such as
    /// <c>&amp;</c> in links stay readable instead of being escaped.
    /// </summary>
    public static readonly JsonWriterOptions Default = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
