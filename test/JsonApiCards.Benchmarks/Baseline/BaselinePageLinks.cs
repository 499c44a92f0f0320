using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.Benchmarks.Baseline;

/// <summary>
/// The paging links of a baseline page: the request's other parameters, then the page ones, with square brackets
/// percent-encoded (the benchmark's query strings need no other encoding). Like the service's, <c>next</c> and <c>last</c>
/// stop at the deepest page paging may reach (the default <c>JsonApi:MaxPageOffset</c>).
/// </summary>
internal sealed record BaselinePageLinks(string First, string? Prev, string? Next, string Last)
{
    private const long MaxPageOffset = 10_000;

    public static BaselinePageLinks For(HttpRequest request, int number, int size, long pageCount)
    {
        string query = request.QueryString.Value ?? "";
        var kept = query.TrimStart('?').Split('&').Where(pair => pair.Length > 0 && !pair.StartsWith("page%5B", StringComparison.OrdinalIgnoreCase) && !pair.StartsWith("page[", StringComparison.Ordinal));
        string start = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Concat(kept.Select(pair => EncodeBrackets(pair) + "&"))}";
        string Page(long page) => start + string.Create(CultureInfo.InvariantCulture, $"page%5Bnumber%5D={page}&page%5Bsize%5D={size}");
        long lastReachable = Math.Max(1, Math.Min(pageCount, MaxPageOffset / size));
        return new BaselinePageLinks(Page(1), number > 1 ? Page(Math.Min(number - 1, lastReachable)) : null, number < lastReachable ? Page(number + 1) : null, Page(lastReachable));
    }

    public static string EncodeBrackets(string url) => url.Replace("[", "%5B", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);
}
