namespace JsonApiCards.JsonApi;

/// <summary>Settings of the JSON:API layer, bound from the <c>JsonApi</c> configuration section.</summary>
public sealed class JsonApiOptions
{
    /// <summary>The path every resource route starts with.</summary>
    public string BasePath { get; set; } = "/api";

    /// <summary>
    /// The absolute http(s) URL clients reach the service at, with its path base and without a trailing slash
    /// (<c>https://cards.example.com/vault</c>): every link (<c>links</c>, <c>Location</c>, page links) starts with it, whatever
    /// the request's <c>Host</c> says. When null, links start at the address the request reached, which the host must make
    /// trustworthy (host filtering, forwarded headers of trusted proxies only). Checked at start-up.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The page size when <c>page[size]</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>page[size]</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 25;

    /// <summary>
    /// How deep into a collection OFFSET paging may reach: <c>page[number]</c> × <c>page[size]</c> may be at most this. The
    /// database reads and skips every row before a page, so a deeper page is refused with a pointer to filtering instead,
    /// and the <c>next</c> and <c>last</c> links stop at the deepest page allowed.
    /// </summary>
    public long MaxPageOffset { get; set; } = 10_000;

    /// <summary>
    /// The most members of a to-many relationship one document names: in the linkage of an included collection (and so
    /// the resources included through it) and on a relationship endpoint. The first ones by id are read, in SQL; a
    /// relationship holding more says <c>"meta": {"truncated": true}</c>, and its <c>related</c> link pages through all of them.
    /// </summary>
    public int MaxToManyLinkage { get; set; } = 25;

    /// <summary>The longest relationship path in <c>include</c> (<c>order.customer</c> is 2).</summary>
    public int MaxIncludeDepth { get; set; } = 3;

    /// <summary>How deeply filter functions may nest before the filter is refused.</summary>
    public int MaxFilterNestingDepth { get; set; } = 16;

    /// <summary>
    /// How deeply one filter may nest to-many relationships: <c>has(orders)</c> and <c>count(orders)</c> are 1,
    /// <c>has(orders,has(customer.orders))</c> is 2. Each level is a correlated subquery inside the one around it, and the
    /// time EF Core takes to compile a filter shape it has not seen grows steeply with this depth.
    /// </summary>
    public int MaxToManyFilterDepth { get; set; } = 3;

    /// <summary>
    /// How many relationships <c>has</c> and <c>count</c> may pass through, over all filters of one request:
    /// <c>has(order.customer.orders)</c> is 3. Each is a subquery of keys that the count and the page each build, so what a
    /// filter shape costs, compiled for the first time or not, grows with this number.
    /// </summary>
    public int MaxFilterSubqueries { get; set; } = 5;

    /// <summary>
    /// How many terms the filters of one request may hold, over all its filter parameters of both dialects: each
    /// JsonApiDotNetCore function (<c>and(equals(a,'1'),equals(b,'2'))</c> is 3, <c>count()</c> is one too), each attribute of
    /// a Ransack condition (<c>first_name_or_last_name_cont</c> is 2) and each simple filter value. Every new filter shape
    /// costs a query compilation, which grows with its size.
    /// </summary>
    public int MaxFilterTerms { get; set; } = 100;

    /// <summary>
    /// How many keys one <c>sort</c> may hold (<c>-created_at,reference</c> is 2, <c>count(orders)</c> is one). Every new sort
    /// shape costs a query compilation, which grows with its keys, as a filter's does with its terms.
    /// </summary>
    public int MaxSortKeys { get; set; } = 10;

    /// <summary>How many values one list in a filter may hold: <c>any(field,...)</c>, Ransack <c>_in</c> and <c>_not_in</c>, list simple filters such as <c>filter[ids]</c>.</summary>
    public int MaxFilterListLength { get; set; } = 100;

    /// <summary>
    /// The longest query string read, in characters as sent (with the leading <c>?</c>); a longer one is a 414. Kestrel's own
    /// request line limit (8 KiB by default) refuses longer ones first; this holds for every host.
    /// </summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>
    /// The most error objects one error document holds; a request with more problems gets the first ones and
    /// <c>"meta": {"truncated": true, "error_count": n}</c>.
    /// </summary>
    public int MaxErrorsPerDocument { get; set; } = 20;

    /// <summary>The largest request body read, in bytes; an atomic operations request is held to it too.</summary>
    public long MaxRequestBodySize { get; set; } = 256 * 1024;

    /// <summary>
    /// The most operations one request to <c>POST /api/operations</c> (the atomic operations extension) may hold; a longer
    /// list is a 413. They run in one transaction, which holds the database's write lock until the last one is done.
    /// </summary>
    public int MaxAtomicOperations { get; set; } = 100;
}
