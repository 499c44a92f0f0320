using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses <c>sort</c>:
/// <code>
/// sort    = element ("," element)*
/// element = "-"? ("count" "(" toManyChain ")" | attributeChain)
/// </code>
/// At most <paramref name="maxKeys"/> elements: every new sort shape costs a query compilation that grows with its keys.
/// </summary>
/// <param name="maxKeys">The most elements a sort may hold.</param>
internal sealed class SortParser(int maxKeys) : QueryParser
{
    public SortExpression Parse(string source, ResourceType resourceType)
    {
        Begin(source);
        List<SortElementExpression> elements = [ParseElement(resourceType)];

        while (IsNext(TokenKind.Comma))
        {
            Take();
            if (elements.Count == maxKeys)
            {
                throw Fail($"A sort may hold at most {maxKeys} keys.");
            }

            elements.Add(ParseElement(resourceType));
        }

        ExpectEnd("',' or the end of the sort");
        return new SortExpression(elements);
    }

    private SortElementExpression ParseElement(ResourceType resourceType)
    {
        bool isAscending = true;

        if (IsNext(TokenKind.Minus))
        {
            Take();
            isAscending = false;
        }

        if (IsNext(TokenKind.Text, TokenKind.OpenParen) && Current.Value == "count")
        {
            Take();
            Take();
            (IReadOnlyList<string> collectionNames, Token collectionStart) = ReadDottedNames("A to-many relationship");
            ResourceFieldChainExpression collection = Validate(collectionStart, () => FieldChainResolver.ResolveToManyChain(resourceType, collectionNames));
            Expect(TokenKind.CloseParen, "')'");
            return new SortElementExpression(new CountExpression(collection), isAscending);
        }

        (IReadOnlyList<string> names, Token start) = ReadDottedNames("A field name or count()");
        ResourceFieldChainExpression target = Validate(start, () => FieldChainResolver.ResolveAttributeChain(resourceType, names, AttrCapabilities.AllowSort));
        return new SortElementExpression(target, isAscending);
    }
}
