using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>The handlers of a resource's collection and single-resource routes.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
internal static class ResourceHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
    public static async Task<JsonApiDocumentResult> GetCollectionAsync([AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        var query = QueryBinding.ForCollection(request);
        if (query.Layer.Cursor is not null)
        {
            return await GetCursorPageAsync(request, query, cancellationToken);
        }

        var (page, recordCount) = await request.Service.GetPageAsync(query, cancellationToken);
        DocumentContext context = request.CreateDocumentContext(query.Layer);
        PageLinks links = request.Links.Page(query.Layer.Pagination!.PageNumber, query.Layer.Pagination.PageSize, recordCount);
        string? entityTag = request.EntityTagOf(request.ResourceType, page, recordCount, context);
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteCollection(writer, context, request.ResourceType, page, links), entityTag: entityTag);
    }

    /// <summary>A page of the collection by cursor (the cursor pagination profile, which the response's <c>Content-Type</c> names).</summary>
    private static async Task<JsonApiDocumentResult> GetCursorPageAsync(JsonApiRequest<TResource> request, ResourceQuery<TResource> query, CancellationToken cancellationToken)
    {
        KeysetRequest keyset = CursorPaging.Start(request.HttpContext, request.ResourceType, query.Layer);
        KeysetPage<TResource> page = await request.Service.GetCursorPageAsync(query, keyset, cancellationToken);
        DocumentContext context = request.CreateDocumentContext(query.Layer);
        CursorPageLinks links = CursorPaging.Links(request.HttpContext, request.Links, keyset, page, query.Layer.Cursor!.After ?? query.Layer.Cursor.Before);
        string? entityTag = request.CursorPageEntityTagOf(request.ResourceType, page.Resources, page.HasMore, context);
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteCursorPage(writer, context, request.ResourceType, page.Resources, links), entityTag: entityTag, contentType: CursorPaging.ContentType);
    }

    public static async Task<JsonApiDocumentResult> GetAsync(string id, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        long resourceId = request.ParseId(id);
        var query = QueryBinding.ForSingle(request);
        TResource resource = await request.Service.GetAsync(resourceId, query, cancellationToken);
        DocumentContext context = request.CreateDocumentContext(query.Layer);
        string? entityTag = request.EntityTagOf(request.ResourceType, resource, context);
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteSingle(writer, context, request.ResourceType, resource), entityTag: entityTag);
    }

    public static async Task<JsonApiDocumentResult> CreateAsync([AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        var query = QueryBinding.ForWrite(request);
        ResourceRequest body = await request.ReadBodyAsync(bytes => DocumentReader.ReadResource(bytes, request.ResourceType, expectedId: null), cancellationToken);
        TResource saved = await request.Service.CreateAsync(body, cancellationToken);
        long id = saved.Id;
        TResource created = NeedsReadBack(query) ? await request.Service.GetAsync(id, query, cancellationToken) : saved;
        string location = request.Links.ResourceUrl(request.ResourceType, id);
        DocumentContext context = request.CreateDocumentContext(query.Layer) with { SelfUrl = location };
        string? entityTag = request.EntityTagOf(request.ResourceType, created, context);
        return new JsonApiDocumentResult(StatusCodes.Status201Created, writer => DocumentWriter.WriteSingle(writer, context, request.ResourceType, created), location, entityTag);
    }

    public static async Task<JsonApiDocumentResult> UpdateAsync(string id, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        long resourceId = request.ParseId(id);
        var query = QueryBinding.ForWrite(request);
        WritePrecondition? precondition = request.ReadPrecondition();
        ResourceRequest body = await request.ReadBodyAsync(bytes => DocumentReader.ReadResource(bytes, request.ResourceType, resourceId), cancellationToken);
        TResource saved = await request.Service.UpdateAsync(resourceId, body, precondition, cancellationToken);
        TResource updated = NeedsReadBack(query) ? await request.Service.GetAsync(resourceId, query, cancellationToken) : saved;
        DocumentContext context = request.CreateDocumentContext(query.Layer);
        string? entityTag = request.EntityTagOf(request.ResourceType, updated, context);
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteSingle(writer, context, request.ResourceType, updated), entityTag: entityTag);
    }

    public static async Task<NoContent> DeleteAsync(string id, [AsParameters] JsonApiRequest<TResource> request, CancellationToken cancellationToken)
    {
        long resourceId = request.ParseId(id);
        QueryBinding.RequireNone(request, "Requests that delete a resource take no query parameters.");
        await request.Service.DeleteAsync(resourceId, request.ReadPrecondition(), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Whether a write must read its resource back: the tracked entity already holds every column, so only includes or
    /// sparse fieldsets need the projected read of a GET (a write takes no filter of its own resource).
    /// </summary>
    private static bool NeedsReadBack(ResourceQuery<TResource> query) =>
        query.Layer.Include.Elements.Count > 0 || query.Layer.Fieldsets.Count > 0;
}
