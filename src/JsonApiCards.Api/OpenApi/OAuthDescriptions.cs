using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// What the API explorer cannot see of <c>/oauth/token</c> and <c>/oauth/revoke</c>: their handlers read the body
/// themselves, as a form or a JSON object, with the client's credentials in it or in HTTP Basic.
/// </summary>
internal sealed class OAuthDescriptions : IDocumentProcessor
{
    public const string ClientBasic = "client_basic";

    private const string FormMediaType = "application/x-www-form-urlencoded";

    private const string JsonMediaType = "application/json";

    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OpenApiDocument document = context.Document;
        document.Components.SecuritySchemes[ClientBasic] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.Http,
            Scheme = "basic",
            Description = "The integration's client id and secret (RFC 6749, 2.3.1); they may be sent in the body instead.",
        };

        Describe(document, "/oauth/token", "issueToken", "Issues an access token: client credentials (RFC 6749, 4.4) or a customer's password (4.3).", TokenRequest(document));
        Describe(document, "/oauth/revoke", "revokeToken", "Revokes an access token of the client (RFC 7009); an unknown token is answered as a revoked one.", RevocationRequest(document));
        document.Tags.Add(new OpenApiTag { Name = "oauth", Description = "Access tokens for integrations and their customers." });
    }

    private static void Describe(OpenApiDocument document, string path, string operationId, string summary, JsonSchema body)
    {
        OpenApiOperation operation = document.Paths[path][OpenApiOperationMethod.Post];
        operation.OperationId = operationId;
        operation.Summary = summary;
        operation.RequestBody = new OpenApiRequestBody
        {
            IsRequired = true,
            Content =
            {
                [FormMediaType] = new OpenApiMediaType { Schema = new JsonSchema { Reference = body } },
                [JsonMediaType] = new OpenApiMediaType { Schema = new JsonSchema { Reference = body } },
            },
        };

        foreach (var (status, response) in operation.Responses)
        {
            response.Description = ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture));
        }

        // HTTP Basic, or no scheme at all when the credentials are in the body.
        operation.Security = [new OpenApiSecurityRequirement { [ClientBasic] = [] }, new OpenApiSecurityRequirement()];
    }

    private static JsonSchema TokenRequest(OpenApiDocument document)
    {
        JsonSchema schema = Parameters(
            ("grant_type", "`client_credentials` for the integration's own token, `password` for one of its customers."),
            ("client_id", "The integration's client id, when not sent with HTTP Basic."),
            ("client_secret", "The integration's secret, when not sent with HTTP Basic."),
            ("username", "The password grant: the customer's email."),
            ("password", "The password grant: the customer's password."),
            ("scope", "Optional: the scope asked for, which must be the one the token gets (`mode:test`, or with the customer `mode:test customer:42`)."));
        schema.Properties["grant_type"].Enumeration.Add("client_credentials");
        schema.Properties["grant_type"].Enumeration.Add("password");
        schema.RequiredProperties.Add("grant_type");
        document.Definitions["TokenRequest"] = schema;
        return schema;
    }

    private static JsonSchema RevocationRequest(OpenApiDocument document)
    {
        JsonSchema schema = Parameters(
            ("token", "The access token to revoke."),
            ("token_type_hint", "Optional: `access_token`."),
            ("client_id", "The integration's client id, when not sent with HTTP Basic."),
            ("client_secret", "The integration's secret, when not sent with HTTP Basic."));
        schema.RequiredProperties.Add("token");
        document.Definitions["RevocationRequest"] = schema;
        return schema;
    }

    private static JsonSchema Parameters(params (string Name, string Description)[] parameters)
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object };
        foreach (var (name, description) in parameters)
        {
            schema.Properties[name] = new JsonSchemaProperty { Type = JsonObjectType.String, Description = description };
        }

        return schema;
    }
}
