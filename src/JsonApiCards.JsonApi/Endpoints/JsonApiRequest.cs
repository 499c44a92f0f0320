using System.Collections.ObjectModel;
using System.Runtime.InteropServices;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>What every JSON:API handler needs of the request, bundled for <c>[AsParameters]</c>.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal sealed record JsonApiRequest<TResource>(
    HttpContext HttpContext,
    JsonApiResourceService<TResource> Service,
    ResourceDefinitionProvider Definitions,
    ConcurrencyTokens ConcurrencyTokens,
    IOptions<JsonApiOptions> Options)
    where TResource : class, IIdentifiable, new()
{
    /// <summary>The resource type served.</summary>
    public ResourceType ResourceType => Service.ResourceType;

    private LinkBuilder? _links;

    /// <summary>The links of this request's documents, built from the public base URL or the address it reached (read once, on first use).</summary>
    public LinkBuilder Links => _links ??= LinkBuilder.For(HttpContext.Request, Options.Value.BasePath, Options.Value.PublicBaseUrl, Options.Value.MaxPageOffset);

    /// <summary>Parses the <c>{id}</c> route value; an id that is not a number names nothing, so it is a 404.</summary>
    public long ParseId(string id) =>
        ResourceId.TryParse(id, out long value) ? value : throw ResourceErrors.NotFound(ResourceType, id);

    /// <summary>Finds a relationship of the resource type by its name in the URL; an unknown one is a 404.</summary>
    public RelationshipField FindRelationship(string relationship) =>
        ResourceType.FindRelationship(relationship)
        ?? throw RelationshipErrors.NotFound(ResourceType, relationship);

    /// <summary>The write's <c>If-Match</c>, or null without one; a malformed one is a 400.</summary>
    public WritePrecondition? ReadPrecondition() => ConditionalRequests.ReadIfMatch(HttpContext.Request);

    /// <summary>The strong <c>ETag</c> of a document whose primary data is <paramref name="resource"/> of <paramref name="resourceType"/>.</summary>
    public string? EntityTagOf(ResourceType resourceType, object? resource, DocumentContext context) =>
        EntityTags.ForResource(ConcurrencyTokens, resourceType, resource, context, HttpContext.Request.QueryString.Value ?? "");

    /// <summary>The weak <c>ETag</c> of a collection document.</summary>
    public string? EntityTagOf(ResourceType resourceType, System.Collections.IEnumerable page, long recordCount, DocumentContext context) =>
        EntityTags.ForCollection(ConcurrencyTokens, resourceType, page, recordCount, context, HttpContext.Request.QueryString.Value ?? "");

    /// <summary>The weak <c>ETag</c> of a page read by cursor, which differs from the page-number page's of the same URL.</summary>
    public string? CursorPageEntityTagOf(ResourceType resourceType, System.Collections.IEnumerable page, bool hasMore, DocumentContext context) =>
        EntityTags.ForCursorPage(ConcurrencyTokens, resourceType, page, hasMore, context, HttpContext.Request.QueryString.Value ?? "");

    /// <summary>Builds the writer's view of the request: its links and the includes and fieldsets of the query layer, if any.</summary>
    public DocumentContext CreateDocumentContext(QueryLayer? layer = null) => new()
    {
        Links = Links,
        Include = layer?.Include.Elements ?? [],
        Fieldsets = layer?.Fieldsets ?? ReadOnlyDictionary<ResourceType, SparseFieldSetExpression>.Empty,
        Definitions = resourceType => Definitions.Get(HttpContext.RequestServices, resourceType),
        MaxToManyLinkage = Options.Value.MaxToManyLinkage,
    };

    /// <summary>
    /// Reads the request body, refusing one larger than the configured limit with 413, hands it to <paramref name="read"/>,
    /// and then erases it: a body may hold a card number, which must not linger in memory after it was read.
    /// </summary>
    public async Task<T> ReadBodyAsync<T>(Func<ReadOnlyMemory<byte>, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ReadOnlyMemory<byte> body = await ReadBodyBytesAsync(cancellationToken);
        try
        {
            return read(body);
        }
        finally
        {
            MemoryMarshal.AsMemory(body).Span.Clear();
        }
    }

    private Task<ReadOnlyMemory<byte>> ReadBodyBytesAsync(CancellationToken cancellationToken) =>
        RequestBodyBytes.ReadAsync(HttpContext.Request, Options.Value.MaxRequestBodySize, cancellationToken);
}
