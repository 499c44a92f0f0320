namespace JsonApiCards.JsonApi.Errors;

/// <summary>
/// Every <c>code</c> the JSON:API layer gives an error object. Clients switch on these, so they are part of the
/// contract: a code is never renamed or reused, and each one is listed in README ("Error codes"). A service's own
/// codes (rules that tie its resources together) are kept in the service's catalogue.
/// </summary>
public static class ErrorCodes
{
    /// <summary>400: the request has no body, but needs a JSON:API document.</summary>
    public const string MissingRequestBody = "MISSING_REQUEST_BODY";

    /// <summary>400: the request body is not valid JSON, or holds text that is not Unicode.</summary>
    public const string MalformedJson = "MALFORMED_JSON";

    /// <summary>400, <c>source.pointer</c>: the body is JSON but breaks the JSON:API document structure.</summary>
    public const string InvalidRequestBody = "INVALID_REQUEST_BODY";

    /// <summary>400, <c>source.header</c>: an <c>If-Match</c> or <c>If-None-Match</c> header is not <c>*</c> or a list of entity tags.</summary>
    public const string InvalidPreconditionHeader = "INVALID_PRECONDITION_HEADER";

    /// <summary>412, <c>source.header</c> <c>If-Match</c>: the resource has changed since the entity tag was given (or the tag is not one of its own); nothing was saved.</summary>
    public const string PreconditionFailed = "PRECONDITION_FAILED";

    /// <summary>413: the request body is longer than the configured limit.</summary>
    public const string RequestBodyTooLarge = "REQUEST_BODY_TOO_LARGE";

    /// <summary>413: an atomic operations request holds more operations than the configured limit.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";

    /// <summary>400 or 413: the host refused to read the request before the layer saw it.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>400, <c>source.parameter</c>: a <c>page[after]</c> or <c>page[before]</c> cursor was not made by this API for this collection, sort and caller, or was changed.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>400, <c>source.parameter</c> <c>sort</c>: the sort cannot be paged by cursor (a key through a relationship, a count, or a type the databases do not compare).</summary>
    public const string CursorSortNotSupported = "CURSOR_SORT_NOT_SUPPORTED";

    /// <summary>400: <c>page[after]</c> and <c>page[before]</c> were sent together; range pagination is not supported.</summary>
    public const string CursorRangeNotSupported = "CURSOR_RANGE_NOT_SUPPORTED";

    /// <summary>400, <c>source.parameter</c> <c>page[size]</c>: a cursor page larger than the maximum (<c>meta.page.maxSize</c>).</summary>
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";

    /// <summary>400, <c>source.parameter</c>: a query string parameter is unknown, malformed or not allowed here.</summary>
    public const string InvalidQueryParameter = "INVALID_QUERY_PARAMETER";

    /// <summary>400, <c>source.parameter</c>: a filter nests <c>has</c>/<c>count</c> deeper than the configured limit.</summary>
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";

    /// <summary>400, <c>source.parameter</c> <c>page[number]</c>: the page starts deeper into the collection than paging may reach.</summary>
    public const string PageTooDeep = "PAGE_TOO_DEEP";

    /// <summary>414: the query string is longer than the configured limit.</summary>
    public const string QueryStringTooLong = "QUERY_STRING_TOO_LONG";

    /// <summary>403, <c>source.pointer</c>: a create names an id, but the server assigns ids.</summary>
    public const string ClientGeneratedIdNotAllowed = "CLIENT_GENERATED_ID_NOT_ALLOWED";

    /// <summary>403: a relationship change the relationship does not accept (to-one POST or DELETE, or a refused to-many change).</summary>
    public const string RelationshipChangeForbidden = "RELATIONSHIP_CHANGE_FORBIDDEN";

    /// <summary>404: no resource of the type has the id in the URL, or the caller may not see it.</summary>
    public const string ResourceNotFound = "RESOURCE_NOT_FOUND";

    /// <summary>404: the resource type has no relationship of the name in the URL.</summary>
    public const string RelationshipNotFound = "RELATIONSHIP_NOT_FOUND";

    /// <summary>404, <c>source.pointer</c>: linkage in the body names a resource that does not exist, or that the caller may not see.</summary>
    public const string RelatedResourceNotFound = "RELATED_RESOURCE_NOT_FOUND";

    /// <summary>404: no endpoint answers the path.</summary>
    public const string RouteNotFound = "ROUTE_NOT_FOUND";

    /// <summary>405, with <c>Allow</c>: the endpoint does not answer the method.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>406, <c>source.header</c>: <c>Accept</c> admits no JSON:API media type this server can give.</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>409, <c>source.pointer</c>: a <c>type</c> in the body is not the endpoint's or the relationship's.</summary>
    public const string TypeMismatch = "TYPE_MISMATCH";

    /// <summary>409, <c>source.pointer</c>: the id in the body differs from the id in the URL.</summary>
    public const string IdMismatch = "ID_MISMATCH";

    /// <summary>409: a unique or foreign key refused the change (it conflicts with data that exists or depends on it); the detail names the rule.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>415, <c>source.header</c>: the <c>Content-Type</c> is not the JSON:API media type, or has parameters other than <c>profile</c>.</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>422, <c>source.pointer</c>: the body sets an attribute the resource type does not have.</summary>
    public const string UnknownAttribute = "UNKNOWN_ATTRIBUTE";

    /// <summary>422, <c>source.pointer</c>: the body sets an attribute that cannot be set on create, or changed on update.</summary>
    public const string ReadOnlyAttribute = "READ_ONLY_ATTRIBUTE";

    /// <summary>422, <c>source.pointer</c>: an attribute's value is not of the attribute's type.</summary>
    public const string InvalidAttributeValue = "INVALID_ATTRIBUTE_VALUE";

    /// <summary>422, <c>source.pointer</c>: the body names a relationship the resource type does not have.</summary>
    public const string UnknownRelationship = "UNKNOWN_RELATIONSHIP";

    /// <summary>422, <c>source.pointer</c>: a change would clear a relationship every resource of the type needs.</summary>
    public const string RelationshipRequired = "RELATIONSHIP_REQUIRED";

    /// <summary>422, <c>source.pointer</c>: a resource definition refused an attribute's value.</summary>
    public const string InvalidAttribute = "INVALID_ATTRIBUTE";

    /// <summary>422, <c>source.pointer</c>: a resource definition refused a relationship's value.</summary>
    public const string InvalidRelationship = "INVALID_RELATIONSHIP";

    /// <summary>503, with <c>Retry-After</c>: the database was too busy to take the change; nothing was saved, and the same request may succeed later.</summary>
    public const string DatabaseBusy = "DATABASE_BUSY";

    /// <summary>500: an unexpected failure; it is logged, and the error reveals nothing of the server's internals.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
