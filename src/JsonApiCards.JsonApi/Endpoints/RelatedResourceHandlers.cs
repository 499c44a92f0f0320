using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>
/// The handler of a resource's related-resource route. The query string is read for the related type: a to-many
/// relationship is a collection of that type (filter, sort, page, fields, include), a to-one relationship a single
/// resource of it (fields, include, and a filter, which leaves <c>data</c> null when the related resource does not match).
/// </summary>
/// <typeparam name="TResource">The entity type on the left of the relationship.</typeparam>
internal static class RelatedResourceHandlers<TResource>
    where TResource : class, IIdentifiable, new()
{
    public static async Task<JsonApiDocumentResult> GetRelatedAsync(string id, string relationship, [AsParameters] JsonApiRequest<TResource> request, RelatedResourceReader reader, CancellationToken cancellationToken)
    {
        RelationshipField field = request.FindRelationship(relationship);
        long resourceId = request.ParseId(id);
        QueryLayer layer = QueryBinding.ForRelated(request, field);
        IServiceProvider services = request.HttpContext.RequestServices;
        DocumentContext context = request.CreateDocumentContext(layer);

        if (!field.IsToMany)
        {
            object? related = await reader.ReadSingleAsync(request.Service.ScopedQuery, resourceId, field, layer, services, cancellationToken);
            string? strongTag = request.EntityTagOf(field.RightType, related, context);
            return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteSingle(writer, context, field.RightType, related), entityTag: strongTag);
        }

        if (layer.Cursor is not null)
        {
            KeysetRequest keyset = CursorPaging.Start(request.HttpContext, field.RightType, layer);
            KeysetPage<object> cursorPage = await reader.ReadCursorPageAsync(request.Service.ScopedQuery, resourceId, field, layer, keyset, services, cancellationToken);
            CursorPageLinks cursorLinks = CursorPaging.Links(request.HttpContext, request.Links, keyset, cursorPage, layer.Cursor.After ?? layer.Cursor.Before);
            string? cursorTag = request.CursorPageEntityTagOf(field.RightType, cursorPage.Resources, cursorPage.HasMore, context);
            return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteCursorPage(writer, context, field.RightType, cursorPage.Resources, cursorLinks), entityTag: cursorTag, contentType: CursorPaging.ContentType);
        }

        var (page, recordCount) = await reader.ReadCollectionAsync(request.Service.ScopedQuery, resourceId, field, layer, services, cancellationToken);
        PageLinks links = request.Links.Page(layer.Pagination!.PageNumber, layer.Pagination.PageSize, recordCount);
        string? entityTag = request.EntityTagOf(field.RightType, page, recordCount, context);
        return new JsonApiDocumentResult(StatusCodes.Status200OK, writer => DocumentWriter.WriteCollection(writer, context, field.RightType, page, links), entityTag: entityTag);
    }
}
