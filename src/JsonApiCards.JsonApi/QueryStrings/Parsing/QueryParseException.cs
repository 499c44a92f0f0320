using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// A parameter value that cannot be parsed. The message shows where: the text up to the failure, a caret, then
/// the rest, each side shortened to <see cref="ContextLength"/> characters, followed by what was expected.
/// </summary>
internal sealed class QueryParseException(string detail, string source, int index, string errorCode = ErrorCodes.InvalidQueryParameter)
    : Exception(Format(detail, source, index))
{
    /// <summary>The code of the error the parameter answers with.</summary>
    public string ErrorCode { get; } = errorCode;

    private const int ContextLength = 40;

    private static string Format(string detail, string source, int index)
    {
        index = Math.Clamp(index, 0, source.Length);
        string before = source[..index];
        string after = source[index..];

        if (before.Length > ContextLength)
        {
            before = "..." + before[^ContextLength..];
        }

        if (after.Length > ContextLength)
        {
            after = after[..ContextLength] + "...";
        }

        return $"Failed at position {index + 1}: {before}^{after} — {detail}";
    }
}
