using System.Net.Http.Headers;
using System.Text.Json;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// A request body as DRF's JSON parser reads it: <c>application/json</c> or no body at all (an empty object), any other
/// media type a 415, malformed JSON a 400, and anything but an object a 400 under <c>non_field_errors</c>.
/// </summary>
internal static class AkinonRequestBody
{
    // Generous for an email and a password or a card's name, and far below what would cost memory.
    private const int MaxLength = 16 * 1024;

    public static async Task<(JsonDocument? Body, DrfError? Error)> ReadObjectAsync(HttpRequest request, AkinonMessages messages, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && string.IsNullOrEmpty(request.ContentType)))
        {
            return (JsonDocument.Parse("{}"), null);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? mediaType) || !string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DrfError.Detail(StatusCodes.Status415UnsupportedMediaType, messages.UnsupportedMediaType(request.ContentType ?? "")));
        }

        if (request.ContentLength > MaxLength)
        {
            return (null, DrfError.Detail(StatusCodes.Status413PayloadTooLarge, messages.MalformedJson));
        }

        JsonDocument body;
        try
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            if (buffer.Length > MaxLength)
            {
                return (null, DrfError.Detail(StatusCodes.Status413PayloadTooLarge, messages.MalformedJson));
            }

            body = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            return (null, DrfError.Detail(StatusCodes.Status400BadRequest, messages.MalformedJson));
        }

        if (body.RootElement.ValueKind != JsonValueKind.Object)
        {
            string received = PythonTypeName(body.RootElement.ValueKind);
            body.Dispose();
            return (null, DrfError.Fields(new Dictionary<string, string[]> { ["non_field_errors"] = [messages.NotAnObject(received)] }));
        }

        return (body, null);
    }

    /// <summary>A member that must be a string: its value, or null with the field's error (missing when <paramref name="required"/>, or not a string).</summary>
    public static string? ReadString(JsonElement body, string field, bool required, AkinonMessages messages, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetProperty(field, out JsonElement value) || (required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                errors[field] = [messages.FieldRequired];
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind != JsonValueKind.Null)
        {
            errors[field] = [messages.NotAValidString];
        }

        return null;
    }

    // DRF names the type it received as Python calls it.
    private static string PythonTypeName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "NoneType",
    };
}
