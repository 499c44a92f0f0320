using System.Globalization;
using System.Text;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// DRF's page-number pagination with the query parameters Akinon's clients send, <c>page</c> (a number, or <c>last</c>)
/// and <c>limit</c> (at most <see cref="MaxPageSize"/>; a missing or invalid one is <see cref="DefaultPageSize"/>). A page
/// past the last, or not a number, is DRF's 404 <c>Invalid page.</c>; the first page of nothing is an empty page.
/// </summary>
internal sealed class DrfPagination
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;
    private const string PageParameter = "page";
    private const string LimitParameter = "limit";

    private DrfPagination(int number, int size, long count)
    {
        Number = number;
        Size = size;
        Count = count;
    }

    public int Number { get; }

    public int Size { get; }

    public long Count { get; }

    public int Offset => (Number - 1) * Size;

    private long PageCount => Math.Max(1, (Count + Size - 1) / Size);

    /// <summary>The page the query asks for among <paramref name="count"/> items, or null when there is no such page.</summary>
    public static DrfPagination? Of(IQueryCollection query, long count)
    {
        ArgumentNullException.ThrowIfNull(query);
        int size = int.TryParse(query[LimitParameter], NumberStyles.None, CultureInfo.InvariantCulture, out int limit) && limit > 0
            ? Math.Min(limit, MaxPageSize)
            : DefaultPageSize;
        long pageCount = Math.Max(1, (count + size - 1) / size);
        string? requested = query[PageParameter];
        long number = requested switch
        {
            null => 1,
            "last" => pageCount,
            _ => long.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : 0,
        };
        return number >= 1 && number <= pageCount ? new DrfPagination((int)number, size, count) : null;
    }

    /// <summary>The absolute URL of the next page, or null on the last.</summary>
    public string? Next(HttpRequest request, string origin) => Number < PageCount ? Link(request, origin, Number + 1) : null;

    /// <summary>The absolute URL of the previous page (without <c>page</c> for the first, as DRF writes it), or null on the first.</summary>
    public string? Previous(HttpRequest request, string origin) => Number > 1 ? Link(request, origin, Number == 2 ? null : Number - 1) : null;

    // As DRF's replace_query_param: the request's own query with the page replaced, keys sorted, form-encoded.
    private static string Link(HttpRequest request, string origin, int? page)
    {
        var parameters = request.Query
            .Where(parameter => parameter.Key != PageParameter)
            .Select(parameter => (parameter.Key, Values: (IEnumerable<string?>)parameter.Value))
            .ToList();
        if (page is int number)
        {
            parameters.Add((PageParameter, [number.ToString(CultureInfo.InvariantCulture)]));
        }

        var url = new StringBuilder(origin).Append(request.Path.ToUriComponent());
        char separator = '?';
        foreach (var (key, values) in parameters.OrderBy(parameter => parameter.Key, StringComparer.Ordinal))
        {
            foreach (string? value in values)
            {
                url.Append(separator).Append(FormEncode(key)).Append('=').Append(FormEncode(value ?? ""));
                separator = '&';
            }
        }

        return url.ToString();
    }

    private static string FormEncode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);
}
