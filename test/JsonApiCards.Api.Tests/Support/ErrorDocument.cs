using System.Text.Json;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Reads JSON:API error documents in tests that check one member rather than the whole document.</summary>
public static class ErrorDocument
{
    public sealed record ErrorItem(string Status, string Code, string Title, string? Detail, string? Pointer, string? Parameter, string? Header);

    public static async Task<IReadOnlyList<ErrorItem>> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be(JsonApiHttp.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("errors").EnumerateArray().Select(error => new ErrorItem(
            error.GetProperty("status").GetString()!,
            error.GetProperty("code").GetString()!,
            error.GetProperty("title").GetString()!,
            Member(error, "detail"),
            error.TryGetProperty("source", out var source) ? Member(source, "pointer") : null,
            error.TryGetProperty("source", out source) ? Member(source, "parameter") : null,
            error.TryGetProperty("source", out source) ? Member(source, "header") : null)).ToList();
    }

    public static async Task<ErrorItem> SingleAsync(HttpResponseMessage response) => (await ReadAsync(response)).Should().ContainSingle().Subject;

    private static string? Member(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
