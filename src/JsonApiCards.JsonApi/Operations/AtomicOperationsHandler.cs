using System.Runtime.InteropServices;
using System.Text.Json;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>The handler of <c>POST /api/operations</c>: read the operations, run them in one transaction, answer their results.</summary>
internal static class AtomicOperationsHandler
{
    public static async Task<Results<JsonApiDocumentResult, NoContent>> PostAsync([AsParameters] AtomicOperationsRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Request.Query.Count > 0)
        {
            throw new InvalidQueryStringParameterException(request.HttpContext.Request.Query.Keys.First(), "Atomic operations requests take no query parameters.");
        }

        JsonApiOptions options = request.Options.Value;
        ReadOnlyMemory<byte> body = await RequestBodyBytes.ReadAsync(request.HttpContext.Request, options.MaxRequestBodySize, cancellationToken);
        IReadOnlyList<AtomicResult?> results;
        try
        {
            using JsonDocument document = DocumentReader.Parse(body);
            IReadOnlyList<AtomicOperation> operations = AtomicDocumentReader.Read(document, request.ResourceGraph, options.MaxAtomicOperations);
            var processor = new AtomicOperationsProcessor(request.DbContext.DbContext, request.Targets, request.HttpContext.RequestServices);
            results = await processor.RunAsync(operations, cancellationToken);
        }
        finally
        {
            // The body may hold card numbers, which must not linger in memory after it was read.
            MemoryMarshal.AsMemory(body).Span.Clear();
        }

        if (results.All(result => result is null))
        {
            return TypedResults.NoContent();
        }

        DocumentContext context = new()
        {
            Links = LinkBuilder.For(request.HttpContext.Request, options.BasePath, options.PublicBaseUrl, options.MaxPageOffset),
            Definitions = resourceType => request.Definitions.Get(request.HttpContext.RequestServices, resourceType),
            MaxToManyLinkage = options.MaxToManyLinkage,
        };
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => AtomicResultsWriter.Write(writer, context, results), contentType: AtomicMediaType.Value);
    }
}

/// <summary>What the atomic operations handler needs of the request, bundled for <c>[AsParameters]</c>.</summary>
internal sealed record AtomicOperationsRequest(
    HttpContext HttpContext,
    JsonApiDbContextAccessor DbContext,
    ResourceGraph ResourceGraph,
    ResourceOperationTargets Targets,
    ResourceDefinitionProvider Definitions,
    IOptions<JsonApiOptions> Options);
