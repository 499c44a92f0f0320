namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>A token and the zero-based index of its first character in the parameter value.</summary>
internal sealed record Token(TokenKind Kind, string Value, int Index);
