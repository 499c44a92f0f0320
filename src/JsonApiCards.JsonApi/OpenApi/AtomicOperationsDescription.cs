using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NSwag;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>The operation of <c>POST /api/operations</c>, the atomic operations extension's route.</summary>
internal static class AtomicOperationsDescription
{
    public const string TagDescription =
        "Several writes in one request, in one transaction (the JSON:API Atomic Operations extension, https://jsonapi.org/ext/atomic).";

    // The ext parameter is left out of the content keys: generators and validators match bodies by the bare media type.
    private const string Summary =
        "Runs `add`, `update` and `remove` operations on resources and relationships in order, all or nothing. Send and accept "
        + "`application/vnd.api+json; ext=\"https://jsonapi.org/ext/atomic\"` (415 and 406 otherwise); the answer carries the same media type.";

    public static OpenApiOperation Create(ComponentSchemas schemas, ResourceGraph graph, IReadOnlyList<int> statuses)
    {
        var operation = new OpenApiOperation
        {
            OperationId = "postOperations",
            Summary = Summary,
            Tags = ["operations"],
            RequestBody = new OpenApiRequestBody
            {
                IsRequired = true,
                Content = { [JsonApiMediaType.Value] = new OpenApiMediaType { Schema = schemas.AtomicOperationsRequest(graph.ResourceTypes) } },
            },
        };

        foreach (int status in statuses)
        {
            var response = new OpenApiResponse { Description = ReasonPhrases.GetReasonPhrase(status) };
            if (status != StatusCodes.Status204NoContent)
            {
                response.Content[JsonApiMediaType.Value] = new OpenApiMediaType
                {
                    Schema = status >= 400 ? schemas.ErrorDocument() : schemas.AtomicResultsDocument(graph.ResourceTypes),
                };
            }

            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        return operation;
    }
}
