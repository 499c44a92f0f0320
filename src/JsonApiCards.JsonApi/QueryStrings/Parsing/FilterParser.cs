using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses the JsonApiDotNetCore filter dialect, one method per rule:
/// <code>
/// filter     = comparison | matchText | any | has | isType | not | logical
/// comparison = ("equals" | "lessThan" | "lessOrEqual" | "greaterThan" | "greaterOrEqual") "(" (count | field) "," (null | constant | count | field) ")"
/// matchText  = ("contains" | "startsWith" | "endsWith") "(" field "," constant ")"
/// any        = "any" "(" field "," constant ("," constant)* ")"
/// has        = "has" "(" toManyChain ("," filter)? ")"
/// isType     = "isType" "(" toOneChain? "," resourceType ")"
/// not        = "not" "(" filter ")"
/// logical    = ("and" | "or") "(" filter "," filter ("," filter)* ")"
/// count      = "count" "(" toManyChain ")"
/// </code>
/// Each function, <c>count</c> included, counts one term against the request's <see cref="FilterSizeLimits"/>, and an
/// <c>any</c> list may not be longer than they allow; both are checked as the filter is read, so an oversized one fails at
/// the first function or value past the limit, without reading the rest.
/// </summary>
/// <param name="maxNestingDepth">How deeply functions may nest.</param>
/// <param name="maxToManyDepth">How deeply <c>has</c> and <c>count</c> may nest: each is a correlated subquery, and compiling a new shape grows steeply with their depth.</param>
/// <param name="limits">The request's count of terms and limit on lists, shared with its other filter parameters.</param>
/// <param name="findResourceType">Looks up the type named in <c>isType</c>.</param>
internal sealed class FilterParser(int maxNestingDepth, int maxToManyDepth, FilterSizeLimits limits, Func<string, ResourceType?> findResourceType) : QueryParser
{
    private int _toManyDepth;

    private const string FilterFunctions = "equals, lessThan, lessOrEqual, greaterThan, greaterOrEqual, contains, startsWith, endsWith, any, has, isType, not, and, or";

    public FilterExpression Parse(string source, ResourceType resourceType)
    {
        Begin(source);
        _toManyDepth = 0;
        FilterExpression filter = ParseFilter(resourceType, depth: 1);
        ExpectEnd("The end of the filter");
        return filter;
    }

    private FilterExpression ParseFilter(ResourceType resourceType, int depth)
    {
        if (depth > maxNestingDepth)
        {
            throw Fail($"Filter functions may not be nested more than {maxNestingDepth} levels deep.");
        }

        CountTerm();
        Token function = Expect(TokenKind.Text, $"A filter function ({FilterFunctions})");

        return function.Value switch
        {
            "equals" => ParseComparison(ComparisonOperator.Equals, resourceType, depth),
            "lessThan" => ParseComparison(ComparisonOperator.LessThan, resourceType, depth),
            "lessOrEqual" => ParseComparison(ComparisonOperator.LessOrEqual, resourceType, depth),
            "greaterThan" => ParseComparison(ComparisonOperator.GreaterThan, resourceType, depth),
            "greaterOrEqual" => ParseComparison(ComparisonOperator.GreaterOrEqual, resourceType, depth),
            "contains" => ParseMatchText(TextMatchKind.Contains, resourceType),
            "startsWith" => ParseMatchText(TextMatchKind.StartsWith, resourceType),
            "endsWith" => ParseMatchText(TextMatchKind.EndsWith, resourceType),
            "any" => ParseAny(resourceType),
            "has" => ParseHas(function, resourceType, depth),
            "isType" => ParseIsType(resourceType),
            "not" => ParseNot(resourceType, depth),
            "and" => ParseLogical(LogicalOperator.And, resourceType, depth),
            "or" => ParseLogical(LogicalOperator.Or, resourceType, depth),
            _ => throw Fail($"'{function.Value}' is not a filter function; expected one of {FilterFunctions}.", function),
        };
    }

    private ComparisonExpression ParseComparison(ComparisonOperator @operator, ResourceType resourceType, int depth)
    {
        Expect(TokenKind.OpenParen, "'('");
        Token leftStart = Current;
        QueryExpression left = IsCount() ? ParseCount(resourceType, depth) : ParseFilterField(resourceType);
        Type leftType = OperandType(left);

        if (@operator != ComparisonOperator.Equals && !ConstantConverter.IsOrdered(leftType))
        {
            throw Fail($"'{left}' cannot be compared with {ComparisonExpression.KeywordOf(@operator)}; only text, numbers and timestamps are ordered.", leftStart);
        }

        Expect(TokenKind.Comma, "','");
        Token rightStart = Current;
        QueryExpression right;

        if (IsNext(TokenKind.Text) && Current.Value == "null" && !IsNext(TokenKind.Text, TokenKind.Period))
        {
            if (@operator != ComparisonOperator.Equals || left is CountExpression)
            {
                throw Fail("null can only be used in equals() with a field.");
            }

            Take();
            right = NullConstantExpression.Instance;
        }
        else if (IsNext(TokenKind.QuotedText))
        {
            Token constant = Take();
            right = Validate(constant, () => ConstantConverter.Convert(constant.Value, leftType, $"'{left}'"));
        }
        else if (IsNext(TokenKind.Text))
        {
            if (!IsCount() && FieldChainResolver.FindAttribute(resourceType, Current.Value) is null && resourceType.FindRelationship(Current.Value) is null)
            {
                throw Fail($"'{Current.Value}' is not a field of '{resourceType.PublicName}'; constants are written in single quotes, e.g. '{Current.Value}'.");
            }

            right = IsCount() ? ParseCount(resourceType, depth) : ParseFilterField(resourceType);
            Type rightType = OperandType(right);

            if ((Nullable.GetUnderlyingType(leftType) ?? leftType) != (Nullable.GetUnderlyingType(rightType) ?? rightType))
            {
                throw Fail($"'{left}' and '{right}' have different types and cannot be compared.", rightStart);
            }
        }
        else
        {
            throw Fail("A quoted constant, null, count() or a field expected.");
        }

        Expect(TokenKind.CloseParen, "')'");
        return new ComparisonExpression(@operator, left, right);
    }

    private MatchTextExpression ParseMatchText(TextMatchKind matchKind, ResourceType resourceType)
    {
        Expect(TokenKind.OpenParen, "'('");
        Token start = Current;
        ResourceFieldChainExpression target = ParseFilterField(resourceType);

        if (target.Attribute!.Property.PropertyType != typeof(string))
        {
            throw Fail($"'{target}' is not text; {MatchTextExpression.KeywordOf(matchKind)}() needs a text attribute.", start);
        }

        Expect(TokenKind.Comma, "','");
        LiteralConstantExpression text = ParseConstant(target);
        Expect(TokenKind.CloseParen, "')'");
        return new MatchTextExpression(matchKind, target, text);
    }

    private AnyExpression ParseAny(ResourceType resourceType)
    {
        Expect(TokenKind.OpenParen, "'('");
        ResourceFieldChainExpression target = ParseFilterField(resourceType);
        List<LiteralConstantExpression> constants = [];

        do
        {
            Expect(TokenKind.Comma, "','");
            if (constants.Count == limits.MaxListLength)
            {
                throw Fail(limits.ListTooLong);
            }

            constants.Add(ParseConstant(target));
        }
        while (IsNext(TokenKind.Comma));

        Expect(TokenKind.CloseParen, "',' or ')'");
        return new AnyExpression(target, constants);
    }

    private HasExpression ParseHas(Token function, ResourceType resourceType, int depth)
    {
        EnterToMany(function);
        Expect(TokenKind.OpenParen, "'('");
        ResourceFieldChainExpression collection = ParseToManyChain(resourceType, function);
        FilterExpression? filter = null;

        if (IsNext(TokenKind.Comma))
        {
            Take();
            filter = ParseFilter(collection.LastRelationship!.RightType, depth + 1);
        }

        Expect(TokenKind.CloseParen, "')'");
        _toManyDepth--;
        return new HasExpression(collection, filter);
    }

    private IsTypeExpression ParseIsType(ResourceType resourceType)
    {
        Expect(TokenKind.OpenParen, "'('");
        ResourceFieldChainExpression? target = null;

        if (IsNext(TokenKind.Text))
        {
            (IReadOnlyList<string> names, Token start) = ReadDottedNames("A to-one relationship");
            target = Validate(start, () => FieldChainResolver.ResolveToOneChain(resourceType, names));
        }

        Expect(TokenKind.Comma, "','");
        Token typeName = Expect(TokenKind.Text, "A resource type");
        ResourceType derivedType = findResourceType(typeName.Value)
            ?? throw Fail($"Resource type '{typeName.Value}' does not exist.", typeName);
        Expect(TokenKind.CloseParen, "')'");
        return new IsTypeExpression(target, derivedType);
    }

    private NotExpression ParseNot(ResourceType resourceType, int depth)
    {
        Expect(TokenKind.OpenParen, "'('");
        FilterExpression child = ParseFilter(resourceType, depth + 1);
        Expect(TokenKind.CloseParen, "')'");
        return new NotExpression(child);
    }

    private LogicalExpression ParseLogical(LogicalOperator @operator, ResourceType resourceType, int depth)
    {
        Expect(TokenKind.OpenParen, "'('");
        List<FilterExpression> terms = [ParseFilter(resourceType, depth + 1)];

        do
        {
            Expect(TokenKind.Comma, "','");
            terms.Add(ParseFilter(resourceType, depth + 1));
        }
        while (IsNext(TokenKind.Comma));

        Expect(TokenKind.CloseParen, "',' or ')'");
        return new LogicalExpression(@operator, terms);
    }

    private CountExpression ParseCount(ResourceType resourceType, int depth)
    {
        if (depth + 1 > maxNestingDepth)
        {
            throw Fail($"Filter functions may not be nested more than {maxNestingDepth} levels deep.");
        }

        CountTerm();
        Token function = Current;
        EnterToMany(function);
        Take();
        Expect(TokenKind.OpenParen, "'('");
        ResourceFieldChainExpression collection = ParseToManyChain(resourceType, function);
        Expect(TokenKind.CloseParen, "')'");
        _toManyDepth--;
        return new CountExpression(collection);
    }

    // has() and count() each open a subquery inside the one around them; the function token is where the limit is passed.
    private void EnterToMany(Token function)
    {
        if (++_toManyDepth > maxToManyDepth)
        {
            throw new QueryParseException(
                $"has() and count() may nest at most {maxToManyDepth} deep; this {function.Value}() is level {_toManyDepth}. Each level is a subquery inside the one around it: filter the related collection on its own endpoint instead.",
                Source, function.Index, ErrorCodes.FilterTooComplex);
        }
    }

    private void CountTerm()
    {
        if (!limits.TryCount())
        {
            throw Fail(limits.TooManyTerms);
        }
    }

    private bool IsCount() => IsNext(TokenKind.Text, TokenKind.OpenParen) && Current.Value == "count";

    private ResourceFieldChainExpression ParseFilterField(ResourceType resourceType)
    {
        (IReadOnlyList<string> names, Token start) = ReadDottedNames("A field name");
        return Validate(start, () => FieldChainResolver.ResolveAttributeChain(resourceType, names, AttrCapabilities.AllowFilter));
    }

    // The function token is where the subquery limit is passed.
    private ResourceFieldChainExpression ParseToManyChain(ResourceType resourceType, Token function)
    {
        (IReadOnlyList<string> names, Token start) = ReadDottedNames("A to-many relationship");
        ResourceFieldChainExpression chain = Validate(start, () => FieldChainResolver.ResolveToManyChain(resourceType, names));
        if (!limits.TryCountSubqueries(chain.Relationships.Count))
        {
            throw new QueryParseException(limits.TooManySubqueries, Source, function.Index, ErrorCodes.FilterTooComplex);
        }

        return chain;
    }

    private LiteralConstantExpression ParseConstant(ResourceFieldChainExpression target)
    {
        Token constant = Expect(TokenKind.QuotedText, "A quoted constant");
        return Validate(constant, () => ConstantConverter.Convert(constant.Value, target.Attribute!.Property.PropertyType, $"'{target}'"));
    }

    private static Type OperandType(QueryExpression operand) =>
        operand is ResourceFieldChainExpression chain ? chain.Attribute!.Property.PropertyType : typeof(int);
}
