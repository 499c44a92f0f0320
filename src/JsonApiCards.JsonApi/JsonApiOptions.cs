namespace JsonApiCards.JsonApi;

/// <summary>Settings of the JSON:API layer, bound from the <c>JsonApi</c> configuration section.</summary>
public sealed class JsonApiOptions
{
    /// <summary>The path every resource route starts with.</summary>
    public string BasePath { get; set; } = "/api";

    /// <summary>The page size when <c>page[size]</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>page[size]</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 25;

    /// <summary>The longest relationship path in <c>include</c> (<c>order.customer</c> is 2).</summary>
    public int MaxIncludeDepth { get; set; } = 3;

    /// <summary>How deeply filter functions may nest before the filter is refused.</summary>
    public int MaxFilterNestingDepth { get; set; } = 16;

    /// <summary>The largest request body read, in bytes.</summary>
    public long MaxRequestBodySize { get; set; } = 256 * 1024;
}
