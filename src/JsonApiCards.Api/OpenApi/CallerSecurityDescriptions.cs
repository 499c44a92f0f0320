using System.Globalization;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace JsonApiCards.Api.OpenApi;

/// <summary>
/// How callers of the JSON:API routes authenticate (an OAuth2 access token from <c>/oauth/token</c>, client credentials or
/// a customer's password) and what every such route may answer besides its own statuses: 401 without a valid token, 429
/// over the caller's rate limit, both as JSON:API error documents.
/// </summary>
internal sealed class CallerSecurityDescriptions(string basePath) : IDocumentProcessor
{
    public const string OAuth2 = "oauth2";

    public void Process(DocumentProcessorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        OpenApiDocument document = context.Document;
        document.Components.SecuritySchemes[OAuth2] = new OpenApiSecurityScheme
        {
            Type = OpenApiSecuritySchemeType.OAuth2,
            Description = "A bearer access token from /oauth/token: an integration's (client credentials) or one of its customers' (password).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OAuthFlowWithoutScopes { TokenUrl = "/oauth/token" },
                Password = new OAuthFlowWithoutScopes { TokenUrl = "/oauth/token" },
            },
        };

        JsonSchema errorDocument = document.Definitions["ErrorDocument"];
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (OpenApiOperation operation in item.Values)
            {
                operation.Security = [new OpenApiSecurityRequirement { [OAuth2] = [] }];
                operation.Responses["401"] = ErrorResponse("Unauthorized: no access token, or one that is invalid, expired or revoked.", errorDocument);
                OpenApiResponse tooMany = ErrorResponse("Too Many Requests: over the caller's rate limit.", errorDocument);
                tooMany.Headers["Retry-After"] = new OpenApiHeader { Description = "Seconds until the caller may try again.", Schema = new JsonSchema { Type = JsonObjectType.Integer } };
                operation.Responses["429"] = tooMany;
                SortByStatus(operation);
            }
        }
    }

    private static OpenApiResponse ErrorResponse(string description, JsonSchema errorDocument) => new()
    {
        Description = description,
        Content = { ["application/vnd.api+json"] = new OpenApiMediaType { Schema = new JsonSchema { Reference = errorDocument } } },
    };

    private static void SortByStatus(OpenApiOperation operation)
    {
        KeyValuePair<string, OpenApiResponse>[] responses = [.. operation.Responses.OrderBy(response => int.Parse(response.Key, CultureInfo.InvariantCulture))];
        operation.Responses.Clear();
        foreach (var (status, response) in responses)
        {
            operation.Responses[status] = response;
        }
    }
}
