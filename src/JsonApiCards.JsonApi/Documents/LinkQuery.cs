using System.Buffers;
using System.Text;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Writes a request's query string into the links of a document the way RFC 3986 allows in a query, as JSON:API asks
/// (section "Square Brackets in Parameter Names"): <c>[</c> and <c>]</c> become <c>%5B</c> and <c>%5D</c>, whatever
/// the client sent. Names and values are decoded as the server reads them and encoded again, so a link means exactly
/// what the request meant; the characters a query may hold as they are (<c>( ) ' , : @ /</c> and the like) stay
/// readable.
/// </summary>
internal static class LinkQuery
{
    // RFC 3986 query characters, less the ones that delimit or change a pair: '&' '=' '+' (a space to form decoders).
    private static readonly SearchValues<char> Literal =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*,;:@/?");

    /// <summary>Appends the encoded pairs of <paramref name="query"/>, joined by <c>&amp;</c>.</summary>
    public static void AppendTo(StringBuilder link, string? query, Func<string, bool>? skip = null)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (string.IsNullOrEmpty(query))
        {
            return;
        }

        int start = link.Length;
        // One '?' only, as ASP.NET Core reads it: in "??a=1" the parameter is named "?a".
        string pairs = query[0] == '?' ? query[1..] : query;
        foreach (string pair in pairs.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Decode(equals < 0 ? pair : pair[..equals]);
            if (skip?.Invoke(name) == true)
            {
                continue;
            }

            if (link.Length > start)
            {
                link.Append('&');
            }

            AppendEncoded(link, name);
            if (equals >= 0)
            {
                link.Append('=');
                AppendEncoded(link, Decode(pair[(equals + 1)..]));
            }
        }
    }

    // As ASP.NET Core reads a query: '+' is a space, then percent-decoding.
    private static string Decode(string component) => Uri.UnescapeDataString(component.Replace('+', ' '));

    private static void AppendEncoded(StringBuilder link, string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Literal))
        {
            link.Append(text);
            return;
        }

        Span<byte> utf8 = stackalloc byte[4];
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && Literal.Contains((char)rune.Value))
            {
                link.Append((char)rune.Value);
                continue;
            }

            int length = rune.EncodeToUtf8(utf8);
            foreach (byte b in utf8[..length])
            {
                link.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
    }

    private const string HexDigits = "0123456789ABCDEF";
}
