using JsonApiCards.JsonApi.QueryStrings.Validation;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>The token cursor shared by the recursive-descent parsers.</summary>
internal abstract class QueryParser
{
    private IReadOnlyList<Token> _tokens = [];
    private int _next;

    protected string Source { get; private set; } = string.Empty;

    protected Token Current => _tokens[_next];

    protected void Begin(string source)
    {
        Source = source;
        _tokens = QueryTokenizer.Tokenize(source);
        _next = 0;
    }

    protected bool IsNext(TokenKind kind) => Current.Kind == kind;

    protected bool IsNext(TokenKind kind, TokenKind following) =>
        Current.Kind == kind && _next + 1 < _tokens.Count && _tokens[_next + 1].Kind == following;

    protected Token Take()
    {
        Token token = Current;

        if (token.Kind != TokenKind.End)
        {
            _next++;
        }

        return token;
    }

    protected Token Expect(TokenKind kind, string expected)
    {
        if (Current.Kind != kind)
        {
            throw Fail(Current.Kind == TokenKind.End ? $"{expected} expected, but the value ends here." : $"{expected} expected.");
        }

        return Take();
    }

    protected void ExpectEnd(string expected)
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Fail($"{expected} expected.");
        }
    }

    protected QueryParseException Fail(string detail) => new(detail, Source, Current.Index);

    protected QueryParseException Fail(string detail, Token at) => new(detail, Source, at.Index);

    /// <summary>Reads <c>name ('.' name)*</c>, returning the names and the token the chain starts at.</summary>
    protected (IReadOnlyList<string> Names, Token Start) ReadDottedNames(string expected)
    {
        Token start = Expect(TokenKind.Text, expected);
        List<string> names = [start.Value];

        while (IsNext(TokenKind.Period))
        {
            Take();
            names.Add(Expect(TokenKind.Text, "A field name after '.'").Value);
        }

        return (names, start);
    }

    /// <summary>Runs a validation step, reporting its failure at the given token.</summary>
    protected T Validate<T>(Token at, Func<T> validate)
    {
        try
        {
            return validate();
        }
        catch (QueryValidationException exception)
        {
            throw Fail(exception.Message, at);
        }
    }
}
