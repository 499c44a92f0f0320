using System.Net;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// A refusal of the wallet's service or definition in DRF's words: not found (also another customer's entry) is a 404,
/// forbidden a 403, and an attribute the definition refuses is a 400 under the attribute's name.
/// </summary>
internal static class ServiceRefusals
{
    private const string AttributePointer = "/data/attributes/";

    public static DrfError Translate(JsonApiException exception, AkinonMessages messages)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status switch
        {
            HttpStatusCode.NotFound => DrfError.Detail(StatusCodes.Status404NotFound, messages.NotFound),
            HttpStatusCode.Forbidden => DrfError.Detail(StatusCodes.Status403Forbidden, messages.PermissionDenied),
            HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest => DrfError.Fields(exception.Errors
                .GroupBy(error => FieldOf(error.Pointer))
                .ToDictionary(field => field.Key, field => field.Select(error => Message(field.Key, error, messages)).ToArray())),
            _ => DrfError.NonField(messages.StoreFailed),
        };
    }

    private static string FieldOf(string? pointer) =>
        pointer is not null && pointer.StartsWith(AttributePointer, StringComparison.Ordinal) ? pointer[AttributePointer.Length..] : "non_field_errors";

    // The wallet definition refuses a name for one reason only, its length; DRF says that in its own words, in the client's language.
    private static string Message(string field, ErrorObject error, AkinonMessages messages) =>
        field == "name" ? messages.TooLong(CustomerPaymentSourceDefinition.NameLength) : error.Detail ?? error.Title;
}
