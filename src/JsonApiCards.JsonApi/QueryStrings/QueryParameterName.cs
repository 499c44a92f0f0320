using System.Text.RegularExpressions;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>A query parameter name split into its family and bracketed keys: <c>filter[q][card_type_eq]</c> is <c>filter</c> + [<c>q</c>, <c>card_type_eq</c>].</summary>
internal sealed partial record QueryParameterName(string Family, IReadOnlyList<string> Keys)
{
    /// <summary>Splits a name; null when the brackets are malformed.</summary>
    public static QueryParameterName? TryParse(string name)
    {
        Match match = Shape().Match(name);

        return match.Success
            ? new QueryParameterName(match.Groups["family"].Value, [.. match.Groups["key"].Captures.Select(capture => capture.Value)])
            : null;
    }

    /// <summary>Whether the name has only the letters a-z, which JSON:API 1.1 reserves for itself.</summary>
    public static bool IsReservedByJsonApi(string name) => name.Length > 0 && name.All(char.IsAsciiLetterLower);

    [GeneratedRegex(@"^(?<family>[^\[\]]+)(\[(?<key>[^\[\]]*)\])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
