using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.Benchmarks.Baseline;

/// <summary>The paging links of a baseline page: the request's other parameters as sent, then the page ones.</summary>
internal sealed record BaselinePageLinks(string First, string? Prev, string? Next, string Last)
{
    public static BaselinePageLinks For(HttpRequest request, int number, int size, long pageCount)
    {
        string query = request.QueryString.Value ?? "";
        var kept = query.TrimStart('?').Split('&').Where(pair => pair.Length > 0 && !pair.StartsWith("page%5B", StringComparison.OrdinalIgnoreCase) && !pair.StartsWith("page[", StringComparison.Ordinal));
        string start = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Concat(kept.Select(pair => pair + "&"))}";
        string Page(long page) => start + string.Create(CultureInfo.InvariantCulture, $"page[number]={page}&page[size]={size}");
        return new BaselinePageLinks(Page(1), number > 1 ? Page(number - 1) : null, number < pageCount ? Page(number + 1) : null, Page(pageCount));
    }
}
