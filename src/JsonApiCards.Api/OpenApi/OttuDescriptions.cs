using JsonApiCards.Api.Adapters.Ottu;
using JsonApiCards.Api.Security;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using static JsonApiCards.Api.OpenApi.DrfDescriptions;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// The Ottu adapter's two routes, at their exact paths with Ottu's bodies, errors and <c>Api-Key</c> authorization. Written
/// here rather than generated: the handlers read the body (JSON or a form) and the query themselves.
/// </summary>
internal sealed class OttuDescriptions : IDocumentProcessor
{
    public const string Tag = "ottu";

    public const string ApiKey = "ottu_api_key";

    private const string CardPath = OttuApi.BasePath + "/";

    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OpenApiDocument document = context.Document;
        DrfDescriptions drf = DrfDescriptions.Of(document);
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Header,
            Name = "Authorization",
            Description = $"An API key of the mode of the request's `type`, sent as `{ApiKeyAuthentication.Scheme} <key>`.",
        };
        document.Tags.Add(new OpenApiTag { Name = Tag, Description = "The wallets as Ottu's User Cards API: list and delete a customer's saved cards." });

        JsonSchema card = drf.Define("OttuCard", Object(
            ("customer_id", String("The customer's id, as the request named it.")),
            ("brand", String("The card's scheme in capitals: `VISA`, `MASTERCARD`, `AMEX`...")),
            ("name_on_card", String("The cardholder's first and last name.")),
            ("number", String("The last four digits: `**** 1111`.")),
            ("expiry_month", String("Two digits.")),
            ("expiry_year", String("Two digits.")),
            ("token", String("The card's token, to pay with or to delete it.")),
            ("pg_code", String("The payment gateway's code.")),
            ("pg_name", String("The payment gateway's name.")),
            ("is_preferred", Property(JsonObjectType.Boolean, "Whether it is the customer's preferred card.")),
            ("is_expired", Property(JsonObjectType.Boolean, "Whether it has expired.")),
            ("will_expire_soon", Property(JsonObjectType.Boolean, "Whether it expires within the warning window.")),
            ("cvv_required", Property(JsonObjectType.Boolean, "Always true: the vault keeps no verification value.")),
            ("agreements", new JsonSchemaProperty { Type = JsonObjectType.Array, Item = new JsonSchema { Type = JsonObjectType.String }, Description = "The ids of the card's agreements." })));
        JsonSchema type = drf.Define("OttuType", new JsonSchema { Type = JsonObjectType.String, Description = "The environment of the cards: it must be the API key's." });
        foreach (string mode in OttuType.All)
        {
            type.Enumeration.Add(mode);
        }

        var request = new JsonSchema { Type = JsonObjectType.Object };
        request.Properties["type"] = new JsonSchemaProperty { Reference = type };
        request.Properties["customer_id"] = String("The customer whose cards to list.");
        request.Properties["pg_codes"] = new JsonSchemaProperty { Type = JsonObjectType.Array, Item = new JsonSchema { Type = JsonObjectType.String }, Description = "Only the cards of these payment gateways." };
        request.Properties["agreement_id"] = String("Only the cards of this agreement.");
        request.RequiredProperties.Add("type");
        request.RequiredProperties.Add("customer_id");
        drf.Define("OttuCardsRequest", request);

        OpenApiOperation list = Operation(drf, "listOttuCards", "Lists a customer's saved cards.",
            ("200", Json("OK", new JsonSchema { Type = JsonObjectType.Array, Item = Ref(card) })),
            ("400", drf.Invalid("Bad Request: a body that is not valid JSON, or fields that are missing or invalid.")),
            ("413", drf.Detail("Payload Too Large.")),
            ("415", drf.Detail("Unsupported Media Type: JSON, a form or a multipart form only.")));
        list.RequestBody = new OpenApiRequestBody
        {
            IsRequired = true,
            Content =
            {
                [JsonMediaType] = new OpenApiMediaType { Schema = Ref(request) },
                ["application/x-www-form-urlencoded"] = new OpenApiMediaType { Schema = Ref(request) },
                ["multipart/form-data"] = new OpenApiMediaType { Schema = Ref(request) },
            },
        };
        drf.Add(CardPath, OpenApiOperationMethod.Post, list);

        OpenApiOperation delete = Operation(drf, "deleteOttuCard", "Deletes a customer's saved card, as a delete of the wallet entry on /api does.",
            ("204", new OpenApiResponse { Description = "No Content" }),
            ("400", Json("Bad Request: query parameters that are missing or invalid.", Ref(drf.FieldErrors))),
            ("404", drf.Detail("Not Found: the customer has no card with that token.")));
        delete.Parameters.Add(PathParameter("token", new JsonSchema { Type = JsonObjectType.String }, "The card's token."));
        delete.Parameters.Add(QueryParameter("customer_id", new JsonSchema { Type = JsonObjectType.String }, "The customer whose card it is.", required: true));
        delete.Parameters.Add(QueryParameter("type", Ref(type), "The environment of the card: it must be the API key's.", required: true));
        drf.Add(CardPath + "{token}/", OpenApiOperationMethod.Delete, delete);
    }

    /// <summary>
    /// An operation with its own responses and what both routes may answer: 401 without a valid key, 403 for a key of the
    /// other environment, and 429 over the caller's rate limit (a JSON:API error document, as on /api).
    /// </summary>
    private static OpenApiOperation Operation(DrfDescriptions drf, string operationId, string summary, params (string Status, OpenApiResponse Response)[] responses)
    {
        var all = responses.ToDictionary(response => response.Status, response => response.Response);
        all["401"] = drf.Detail("Unauthorized: no API key, or one that is unknown or disabled.");
        all["403"] = drf.Detail("Forbidden: the API key is not of the request's `type`.");
        all["429"] = WithRetryAfter(new OpenApiResponse
        {
            Description = "Too Many Requests: over the caller's rate limit.",
            Content = { ["application/vnd.api+json"] = new OpenApiMediaType { Schema = Ref(drf.Document.Definitions["ErrorDocument"]) } },
        });
        var operation = new OpenApiOperation { OperationId = operationId, Summary = summary, Tags = { Tag } };
        foreach (var (status, response) in all.OrderBy(response => response.Key, StringComparer.Ordinal))
        {
            operation.Responses[status] = response;
        }

        operation.Security = [new OpenApiSecurityRequirement { [ApiKey] = [] }];
        return operation;
    }
}
