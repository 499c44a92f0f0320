using System.Net;

namespace JsonApiCards.JsonApi.Errors;

/// <summary>A JSON:API error object.</summary>
/// <param name="Status">The HTTP status code that applies to this problem.</param>
/// <param name="Code">A stable, machine-readable code (e.g. <c>INVALID_QUERY_PARAMETER</c>).</param>
/// <param name="Title">A short summary that does not change between occurrences.</param>
/// <param name="Detail">What went wrong this time, and what was expected.</param>
public sealed record ErrorObject(HttpStatusCode Status, string Code, string Title, string? Detail = null)
{
    /// <summary>A JSON Pointer to the request document member that caused the error.</summary>
    public string? Pointer { get; init; }

    /// <summary>The query parameter that caused the error.</summary>
    public string? Parameter { get; init; }

    /// <summary>The request header that caused the error.</summary>
    public string? Header { get; init; }

    /// <summary>The URI of the error's type (<c>links.type</c>), as a profile defines one.</summary>
    internal string? TypeLink { get; init; }

    /// <summary>The largest page size, for <c>meta.page.maxSize</c> of the cursor pagination profile's error.</summary>
    internal int? MaxPageSize { get; init; }
}
