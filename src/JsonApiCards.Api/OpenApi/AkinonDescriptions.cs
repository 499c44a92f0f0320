using JsonApiCards.Api.Adapters.Akinon;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;
using static JsonApiCards.Api.OpenApi.DrfDescriptions;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// The Akinon adapter's routes, at their exact paths (Django's trailing slashes) with DRF's bodies and errors, its session
/// cookie and its CSRF pair. Written here rather than generated from the handlers: they read their bodies themselves and
/// answer errors in DRF's shapes, which the API explorer cannot see.
/// </summary>
internal sealed class AkinonDescriptions : IDocumentProcessor
{
    public const string Tag = "akinon";

    public const string Session = "akinon_session";

    public const string CsrfCookie = "akinon_csrf_cookie";

    public const string CsrfHeader = "akinon_csrf_header";

    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OpenApiDocument document = context.Document;
        DrfDescriptions drf = DrfDescriptions.Of(document);
        AddSecuritySchemes(document);
        document.Tags.Add(new OpenApiTag
        {
            Name = Tag,
            Description = "The wallets as Akinon Commerce's user card API (Django REST framework): session sign-in with CSRF, saved cards and stored cards.",
        });

        JsonSchema savedCard = drf.Define("AkinonSavedCard", Object(
            ("id", Property(JsonObjectType.Integer, "The wallet entry's id.", "int64")),
            ("created_date", Property(JsonObjectType.String, "When it was saved.", "date-time")),
            ("modified_date", Property(JsonObjectType.String, "When it last changed.", "date-time")),
            ("name", String("The customer's name for the card.")),
            ("token", String("The payment source token.")),
            ("masked_card_number", String("The last four digits, the others masked: `**** **** **** 1111`.")),
            ("user", Property(JsonObjectType.Integer, "The customer's id.", "int64", nullable: true))));
        JsonSchema savedCardPage = drf.Define("AkinonSavedCardPage", Object(
            ("count", Property(JsonObjectType.Integer, "How many saved cards the customer has.", "int64")),
            ("next", Property(JsonObjectType.String, "The next page's URL, null on the last.", "uri", nullable: true)),
            ("previous", Property(JsonObjectType.String, "The previous page's URL, null on the first.", "uri", nullable: true)),
            ("results", new JsonSchemaProperty { Type = JsonObjectType.Array, Item = Ref(savedCard), Description = "The page's saved cards, newest first." })));
        JsonSchema storedCard = drf.Define("AkinonStoredCard", Object(
            ("card_number", String("The first six and last four digits, the others masked.")),
            ("card_identifier", Property(JsonObjectType.String, "The card's stable identifier.", "uuid"))));
        JsonSchema storedCards = drf.Define("AkinonStoredCardList", Object(
            ("cards", new JsonSchemaProperty { Type = JsonObjectType.Array, Item = Ref(storedCard) })));
        JsonSchema storeFailed = drf.Define("AkinonStoreFailedError", Object(
            ("non_field_errors", String("The store of cards failed; the client may try again."))));

        drf.Add("/csrf_token/", OpenApiOperationMethod.Get, Operation(drf, "getAkinonCsrfToken",
            "Issues the CSRF token (also set as the `csrftoken` cookie), kept if the client already has a valid one.",
            security: [],
            ("200", SettingCookie(Json("OK", Ref(drf.Define("AkinonCsrfToken", Object(("csrf_token", String("Echo it in the `x-csrftoken` header.")))))), AkinonCookies.Csrf))));

        drf.Add("/users/login/", OpenApiOperationMethod.Post, Body(Operation(drf, "postAkinonLogin",
                "Signs a customer in with email and password; the session key is also set as the `osessionid` cookie.",
                security: [CsrfCookie, CsrfHeader],
                ("200", SettingCookie(Json("OK", Ref(drf.Define("AkinonSignIn", Object(("key", String("The session key.")))))), AkinonCookies.Session)),
                ("400", drf.Invalid("Bad Request: malformed JSON, a missing field, or wrong credentials (`non_field_errors`).")),
                ("403", drf.Detail("Forbidden: the CSRF cookie or header is missing or they differ.")),
                ("413", drf.Detail("Payload Too Large.")),
                ("415", drf.Detail("Unsupported Media Type: only `application/json`."))),
            drf.Define("AkinonSignInRequest", Object(("email", String("The customer's email.")), ("password", Property(JsonObjectType.String, "The customer's password.", "password"))))));

        drf.Add("/users/logout/", OpenApiOperationMethod.Post, Operation(drf, "postAkinonLogout",
            "Ends the session (on every instance) and deletes its cookie; without a session it only answers.",
            security: [CsrfCookie, CsrfHeader],
            ("200", Json("OK", Ref(drf.Define("AkinonDetail", Object(("detail", String("What was done."))))))),
            ("403", drf.Detail("Forbidden: the CSRF cookie or header is missing or they differ."))));

        OpenApiOperation list = Operation(drf, "listAkinonSavedCards", "The signed-in customer's saved cards, newest first, a page at a time.",
            security: [Session],
            ("200", Json("OK", Ref(savedCardPage))),
            ("404", drf.Detail("Not Found: no such page (`Invalid page.`).")));
        list.Parameters.Add(QueryParameter("page", new JsonSchema { OneOf = { new JsonSchema { Type = JsonObjectType.Integer, Minimum = 1 }, new JsonSchema { Type = JsonObjectType.String, Enumeration = { "last" } } } }, "The page number, or `last`.", required: false));
        list.Parameters.Add(QueryParameter("limit", new JsonSchema { Type = JsonObjectType.Integer, Minimum = 1, Maximum = DrfPagination.MaxPageSize, Default = DrfPagination.DefaultPageSize }, "Saved cards per page.", required: false));
        drf.Add("/users/saved-cards/", OpenApiOperationMethod.Get, list);

        const string SavedCardPath = "/users/saved-cards/{id}/";
        OpenApiParameter id = PathParameter("id", new JsonSchema { Type = JsonObjectType.Integer, Format = "int64" }, "The saved card's id.");
        drf.Add(SavedCardPath, OpenApiOperationMethod.Get, WithParameter(Operation(drf, "getAkinonSavedCard", "One of the signed-in customer's saved cards.",
            security: [Session],
            ("200", Json("OK", Ref(savedCard))),
            ("404", drf.Detail("Not Found: no such saved card of the customer."))), id));
        drf.Add(SavedCardPath, OpenApiOperationMethod.Patch, WithParameter(Body(Operation(drf, "patchAkinonSavedCard", "Renames a saved card; other fields are ignored.",
                security: [Session, CsrfCookie, CsrfHeader],
                ("200", Json("OK", Ref(savedCard))),
                ("400", drf.Invalid("Bad Request: malformed JSON, or a name that is not a string or too long.")),
                ("403", drf.Detail("Forbidden: the CSRF cookie or header is missing or they differ, or the change is not allowed.")),
                ("404", drf.Detail("Not Found: no such saved card of the customer.")),
                ("413", drf.Detail("Payload Too Large.")),
                ("415", drf.Detail("Unsupported Media Type: only `application/json`."))),
            drf.Define("AkinonSavedCardUpdate", new JsonSchema { Type = JsonObjectType.Object, Properties = { ["name"] = Property(JsonObjectType.String, "The card's new name.", nullable: true) } })), id));
        drf.Add(SavedCardPath, OpenApiOperationMethod.Delete, WithParameter(Operation(drf, "deleteAkinonSavedCard", "Deletes a saved card, as a delete of the wallet entry on /api does.",
            security: [Session, CsrfCookie, CsrfHeader],
            ("204", new OpenApiResponse { Description = "No Content" }),
            ("400", Json("Bad Request: the wallet refused the delete.", new JsonSchema { OneOf = { Ref(drf.FieldErrors), Ref(storeFailed) } })),
            ("403", drf.Detail("Forbidden: the CSRF cookie or header is missing or they differ, or the delete is not allowed.")),
            ("404", drf.Detail("Not Found: no such saved card of the customer."))), id));

        drf.Add("/users/stored-cards/", OpenApiOperationMethod.Get, Operation(drf, "listAkinonStoredCards", "The cards in the signed-in customer's wallet.",
            security: [Session],
            ("200", Json("OK", Ref(storedCards)))));
        drf.Add("/users/stored-cards/{cardIdentifier}/", OpenApiOperationMethod.Delete, WithParameter(Operation(drf, "deleteAkinonStoredCard", "Deletes every wallet entry of the customer for that card.",
            security: [Session, CsrfCookie, CsrfHeader],
            ("200", new OpenApiResponse { Description = "OK (no body)" }),
            ("400", Json("Bad Request: the store of cards failed.", Ref(storeFailed))),
            ("403", drf.Detail("Forbidden: the CSRF cookie or header is missing or they differ.")),
            ("404", drf.Detail("Not Found: the customer has no such card."))),
            PathParameter("cardIdentifier", new JsonSchema { Type = JsonObjectType.String, Format = "uuid" }, "The stored card's identifier.")));
    }

    private static void AddSecuritySchemes(OpenApiDocument document)
    {
        document.Components.SecuritySchemes[Session] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Cookie,
            Name = AkinonCookies.Session,
            Description = "The Akinon session key from `POST /users/login/`.",
        };
        document.Components.SecuritySchemes[CsrfCookie] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Cookie,
            Name = AkinonCookies.Csrf,
            Description = "The CSRF token from `GET /csrf_token/`.",
        };
        document.Components.SecuritySchemes[CsrfHeader] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.ApiKey,
            In = OpenApiSecurityApiKeyLocation.Header,
            Name = AkinonCookies.CsrfHeader,
            Description = "The same CSRF token as the `csrftoken` cookie, on every unsafe request.",
        };
    }

    /// <summary>
    /// An operation with its own responses and what every Akinon route may answer: 401 and 403 without a valid session, and
    /// 429 over the rate limit. The schemes listed are one requirement: all of them at once.
    /// </summary>
    private static OpenApiOperation Operation(DrfDescriptions drf, string operationId, string summary, string[] security, params (string Status, OpenApiResponse Response)[] responses)
    {
        var operation = new OpenApiOperation { OperationId = operationId, Summary = summary, Tags = { Tag } };
        var all = responses.ToDictionary(response => response.Status, response => response.Response);
        if (security.Contains(Session))
        {
            all["401"] = drf.Detail("Unauthorized: no session, or one that ended or expired.");
            all.TryAdd("403", drf.Detail("Forbidden: the session may not do this."));
        }

        all["429"] = WithRetryAfter(drf.Detail("Too Many Requests: over the rate limit of the client's address."));
        foreach (var (status, response) in all.OrderBy(response => response.Key, StringComparer.Ordinal))
        {
            operation.Responses[status] = response;
        }

        // One empty requirement says "anyone may call it"; an empty list would be left out of the document, saying nothing.
        operation.Security = security.Length == 0 ? [new OpenApiSecurityRequirement()] : [Requirement(security)];
        return operation;
    }

    private static OpenApiSecurityRequirement Requirement(string[] schemes)
    {
        var requirement = new OpenApiSecurityRequirement();
        foreach (string scheme in schemes)
        {
            requirement[scheme] = [];
        }

        return requirement;
    }

    private static OpenApiResponse SettingCookie(OpenApiResponse response, string cookie)
    {
        response.Headers["Set-Cookie"] = new OpenApiHeader { Description = $"The `{cookie}` cookie.", Schema = new JsonSchema { Type = JsonObjectType.String } };
        return response;
    }

    private static OpenApiOperation Body(OpenApiOperation operation, JsonSchema schema)
    {
        operation.RequestBody = new OpenApiRequestBody { IsRequired = true, Content = { [JsonMediaType] = new OpenApiMediaType { Schema = Ref(schema) } } };
        return operation;
    }

    private static OpenApiOperation WithParameter(OpenApiOperation operation, OpenApiParameter parameter)
    {
        operation.Parameters.Add(parameter);
        return operation;
    }
}
