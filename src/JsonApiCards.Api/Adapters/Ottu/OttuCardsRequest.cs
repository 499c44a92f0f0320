using System.Net.Http.Headers;
using System.Text.Json;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// The body of <c>POST /b/pbl/v2/card/</c>, as JSON, a form or multipart form: <c>type</c> and <c>customer_id</c>
/// (required), <c>pg_codes</c> and <c>agreement_id</c> (optional).
/// </summary>
internal sealed record OttuCardsRequest(string Type, string CustomerId, IReadOnlyList<string> GatewayCodes, string? AgreementId)
{
    private const int MaxBodyLength = 16 * 1024;

    public static async Task<(OttuCardsRequest? Request, OttuError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyLength)
        {
            return (null, OttuError.Detail(StatusCodes.Status413PayloadTooLarge, $"The body must not be longer than {MaxBodyLength} bytes."));
        }

        OttuFieldSource source;
        if (request.HasFormContentType)
        {
            source = OttuFieldSource.Of(await request.ReadFormAsync(cancellationToken));
        }
        else if (IsJson(request.ContentType))
        {
            var (json, error) = await ReadJsonAsync(request, cancellationToken);
            if (json is not { } body)
            {
                return (null, error);
            }

            source = OttuFieldSource.Of(body);
        }
        else if (string.IsNullOrEmpty(request.ContentType) && request.ContentLength is null or 0)
        {
            // No body at all: DRF reads an empty form, so the answer names the required fields.
            source = OttuFieldSource.Of([]);
        }
        else
        {
            return (null, OttuError.UnsupportedMediaType(request.ContentType));
        }

        var fields = new OttuFieldErrors(source);
        string? type = fields.RequiredChoice("type", OttuType.All);
        string? customerId = fields.RequiredText("customer_id");
        IReadOnlyList<string> gatewayCodes = fields.OptionalList("pg_codes");
        string? agreementId = fields.OptionalText("agreement_id");
        return fields.Any ? (null, fields.ToError()) : (new OttuCardsRequest(type!, customerId!, gatewayCodes, agreementId), null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task<(JsonElement? Body, OttuError? Error)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 4 }, cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (null, OttuError.Invalid(new Dictionary<string, string[]>
                {
                    ["non_field_errors"] = [$"Invalid data. Expected a dictionary, but got {KindOf(document.RootElement)}."],
                }));
        }
        catch (JsonException)
        {
            return (null, OttuError.BadRequest("JSON parse error - the body is not valid JSON."));
        }
    }

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "str",
        JsonValueKind.Number => "int",
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => "NoneType",
    };
}
