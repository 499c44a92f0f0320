using System.Text;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.WebUtilities;

namespace JsonApiCards.Fuzz;

/// <summary>
/// The query-string reader: the first byte picks the resource type and the request's shape (single, collection, collection
/// paged by cursor, write), the rest is the query string as it follows '?' in a URL, split and decoded as ASP.NET Core does.
/// </summary>
internal static class QueryStringHarness
{
    private static readonly QueryStringReader Reader = new(CardsGraph.Options);

    public static bool Run(ReadOnlyMemory<byte> input)
    {
        if (input.IsEmpty)
        {
            return false;
        }

        byte selector = input.Span[0];
        ResourceType type = CardsGraph.TypeFor(selector);
        string queryString = Encoding.UTF8.GetString(input.Span[1..]);
        var query = QueryHelpers.ParseQuery(queryString);
        return ExpectedRefusal.Around(() => _ = ((selector >> 2) % 4) switch
        {
            0 => Reader.Read(query, type, [], isCollection: false),
            1 => Reader.Read(query, type, [], isCollection: true),
            2 => Reader.Read(query, type, [], isCollection: true, defaultSort: null, cursorByDefault: true),
            _ => Reader.ReadForWrite(query, type, []),
        });
    }
}
