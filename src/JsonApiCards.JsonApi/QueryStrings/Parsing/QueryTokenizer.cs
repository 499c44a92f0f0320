using System.Text;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>Splits a parameter value into tokens; the last token is always <see cref="TokenKind.End"/>.</summary>
internal static class QueryTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string source)
    {
        List<Token> tokens = [];
        int index = 0;

        while (index < source.Length)
        {
            char current = source[index];

            if (char.IsWhiteSpace(current))
            {
                index++;
                continue;
            }

            TokenKind? punctuation = current switch
            {
                '(' => TokenKind.OpenParen,
                ')' => TokenKind.CloseParen,
                ',' => TokenKind.Comma,
                '.' => TokenKind.Period,
                '-' => TokenKind.Minus,
                _ => null,
            };

            if (punctuation is { } kind)
            {
                tokens.Add(new Token(kind, current.ToString(), index));
                index++;
            }
            else if (current == '\'')
            {
                tokens.Add(ReadQuotedText(source, ref index));
            }
            else if (IsNameCharacter(current))
            {
                int start = index;
                while (index < source.Length && IsNameCharacter(source[index]))
                {
                    index++;
                }

                tokens.Add(new Token(TokenKind.Text, source[start..index], start));
            }
            else
            {
                // A character outside the BMP is two UTF-16 units; name all of it, not half of a surrogate pair.
                Rune.DecodeFromUtf16(source.AsSpan(index), out Rune unexpected, out _);
                throw new QueryParseException($"Unexpected character '{unexpected}'.", source, index);
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, source.Length));
        return tokens;
    }

    private static bool IsNameCharacter(char character) => char.IsAsciiLetterOrDigit(character) || character == '_';

    private static Token ReadQuotedText(string source, ref int index)
    {
        int start = index;
        var text = new StringBuilder();
        index++;

        while (index < source.Length)
        {
            if (source[index] == '\'')
            {
                if (index + 1 < source.Length && source[index + 1] == '\'')
                {
                    text.Append('\'');
                    index += 2;
                    continue;
                }

                index++;
                return new Token(TokenKind.QuotedText, text.ToString(), start);
            }

            text.Append(source[index]);
            index++;
        }

        throw new QueryParseException("This quoted constant has no closing quote; write a quote inside a constant as ''.", source, start);
    }
}
