namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>The kinds of token in a query string parameter value.</summary>
internal enum TokenKind
{
    /// <summary>A name or keyword: letters, digits and underscores.</summary>
    Text,

    /// <summary>A single-quoted constant, with <c>''</c> already unescaped.</summary>
    QuotedText,

    OpenParen,
    CloseParen,
    Comma,
    Period,
    Minus,

    /// <summary>The end of the input.</summary>
    End,
}
