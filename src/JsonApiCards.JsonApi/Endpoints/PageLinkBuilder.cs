using System.Globalization;
using System.Text;
using JsonApiCards.JsonApi.Documents;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Builds the paging links of a collection, keeping every other query parameter, encoded as <see cref="LinkQuery"/> writes it.</summary>
internal static class PageLinkBuilder
{
    public static PageLinks Build(HttpRequest request, int pageNumber, int pageSize, long recordCount)
    {
        long pageCount = recordCount == 0 ? 1 : ((recordCount - 1) / pageSize) + 1;
        string prefix = Prefix(request);

        string Link(long number) => string.Create(CultureInfo.InvariantCulture, $"{prefix}page%5Bnumber%5D={number}&page%5Bsize%5D={pageSize}");

        return new PageLinks(
            recordCount,
            recordCount == 0 ? 0 : pageCount,
            Link(1),
            pageNumber > 1 ? Link(Math.Min(pageNumber - 1, pageCount)) : null,
            pageNumber < pageCount ? Link(pageNumber + 1) : null,
            Link(pageCount));
    }

    private static string Prefix(HttpRequest request)
    {
        var prefix = new StringBuilder(LinkQuery.UrlBeforeQuery(request)).Append('?');
        int queryStart = prefix.Length;
        LinkQuery.AppendTo(prefix, request.QueryString.Value, static name => name is "page[number]" or "page[size]");
        if (prefix.Length > queryStart)
        {
            prefix.Append('&');
        }

        return prefix.ToString();
    }
}
