using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Turns filter expressions (and the operands they contain) into LINQ expressions over an element,
/// using only constructs EF Core translates: member access, <c>Any</c>, <c>Count</c>, <c>string.Contains</c>,
/// <c>string.Compare</c> and array <c>Contains</c>. The argument is the element expression (usually a parameter).
/// Every resource a field chain reaches through a relationship passes its type's scope (see <see cref="FieldChainAccess"/>).
/// Over an EF Core query, <c>has</c> becomes subqueries of keys (<see cref="KeySubqueries"/>) read from the query's own context.
/// </summary>
/// <param name="scopes">The caller's scope of each type reached through a relationship; null narrows none.</param>
/// <param name="sets">The entity sets of the context the filtered query reads from; null writes <c>has</c> with navigations.</param>
internal sealed class FilterClauseBuilder(ScopeFilterLookup? scopes, EntitySets? sets = null) : QueryExpressionVisitor<Expression, Expression>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly PropertyInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!;
    private static readonly MethodInfo EnumerableContains = GenericMethod.Of<IEnumerable<object>, object, bool>(Enumerable.Contains);
    private static readonly MethodInfo EnumerableAny = GenericMethod.Of<IEnumerable<object>, bool>(Enumerable.Any);
    private static readonly MethodInfo EnumerableAnyWithPredicate = GenericMethod.Of<IEnumerable<object>, Func<object, bool>, bool>(Enumerable.Any);
    private static readonly MethodInfo EnumerableCount = GenericMethod.Of<IEnumerable<object>, int>(Enumerable.Count);

    /// <summary>The builder that narrows nothing.</summary>
    public static FilterClauseBuilder Unscoped { get; } = new(scopes: null);

    /// <summary>The builder for a caller's scopes; <see cref="Unscoped"/> when there are none.</summary>
    public static FilterClauseBuilder For(ScopeFilterLookup? scopes) => scopes is null ? Unscoped : new FilterClauseBuilder(scopes);

    /// <summary>Builds <c>element =&gt; filter</c> for an element type.</summary>
    public static LambdaExpression BuildPredicate(FilterExpression filter, Type elementType, ScopeFilterLookup? scopes) =>
        For(scopes).PredicateOver(filter, elementType);

    /// <summary>Builds <c>element =&gt; filter</c> for an element type, its <c>has</c> as subqueries of <paramref name="sets"/>.</summary>
    public static LambdaExpression BuildPredicate(FilterExpression filter, Type elementType, ScopeFilterLookup? scopes, EntitySets? sets) =>
        (sets is null ? For(scopes) : new FilterClauseBuilder(scopes, sets)).PredicateOver(filter, elementType);

    private LambdaExpression PredicateOver(FilterExpression filter, Type elementType)
    {
        ParameterExpression element = Expression.Parameter(elementType, "resource");
        Expression body = Visit(filter, element);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(elementType, typeof(bool)), body, element);
    }

    public override Expression VisitResourceFieldChain(ResourceFieldChainExpression expression, Expression argument) =>
        FieldChainAccess.Attribute(argument, expression, scopes);

    public override Expression VisitLiteralConstant(LiteralConstantExpression expression, Expression argument) =>
        QueryParameterValue.For(expression.Value, expression.Value!.GetType());

    public override Expression VisitCount(CountExpression expression, Expression argument) =>
        FieldChainAccess.Collection(argument, expression.TargetCollection, scopes,
            collection => Expression.Call(EnumerableCount.MakeGenericMethod(ElementTypeOf(expression.TargetCollection)), collection));

    public override Expression VisitComparison(ComparisonExpression expression, Expression argument)
    {
        Expression left = Visit(expression.Left, argument);
        Expression right = expression.Right switch
        {
            NullConstantExpression => Expression.Constant(null, typeof(object)),
            LiteralConstantExpression constant => QueryParameterValue.For(constant.Value, constant.Value!.GetType()),
            _ => Visit(expression.Right, argument),
        };

        if (expression.Right is NullConstantExpression)
        {
            left = FieldChainAccess.MakeNullable(left);
            right = Expression.Constant(null, left.Type);
        }
        else if (left.Type != right.Type)
        {
            left = FieldChainAccess.MakeNullable(left);
            right = expression.Right is LiteralConstantExpression constant ? QueryParameterValue.For(constant.Value, left.Type) : FieldChainAccess.MakeNullable(right);
        }

        if (left.Type == typeof(string) && expression.Operator != ComparisonOperator.Equals)
        {
            left = Expression.Call(StringCompare, left, right);
            right = Expression.Constant(0);
        }

        return expression.Operator switch
        {
            ComparisonOperator.Equals => Expression.Equal(left, right),
            ComparisonOperator.LessThan => Expression.LessThan(left, right),
            ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
            ComparisonOperator.GreaterThan => Expression.GreaterThan(left, right),
            ComparisonOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
            _ => throw new InvalidOperationException($"Unknown comparison operator '{expression.Operator}'."),
        };
    }

    /// <summary>
    /// Text matches are ordinal and case-sensitive, as equality is. <c>StartsWith</c>/<c>EndsWith</c> would become
    /// <c>LIKE</c>, which SQLite compares without case, so they are written as a comparison of the text's start or end:
    /// <c>length(x) &gt;= @n AND substr(x, ...) = @value</c> (the guard keeps <c>Substring</c> in range in memory too), with
    /// the value's length <c>@n</c> counted here, as SQLite's <c>length()</c> stops at a NUL character. Both databases count
    /// <c>length()</c> and <c>substr()</c> in characters, so <c>@n</c> is too: a character outside the BMP is one, not the
    /// two UTF-16 units of <see cref="string.Length"/> (which would make <c>startsWith(x,'𝔘')</c> miss a value of just <c>𝔘</c>).
    /// <c>Contains</c> becomes <c>instr</c>, which is already ordinal.
    /// </summary>
    public override Expression VisitMatchText(MatchTextExpression expression, Expression argument)
    {
        Expression text = Visit(expression.Target, argument);
        string value = (string)expression.TextValue.Value!;
        Expression notNull = Expression.NotEqual(text, Expression.Constant(null, typeof(string)));
        Expression parameter = QueryParameterValue.For(value, typeof(string));
        Expression valueLength = QueryParameterValue.For(value.EnumerateRunes().Count(), typeof(int));
        Expression length = Expression.Property(text, StringLength);

        Expression match = expression.MatchKind switch
        {
            TextMatchKind.Contains => Expression.Call(text, StringContains, parameter),
            TextMatchKind.StartsWith => SliceEquals(text, Expression.Constant(0), valueLength, length, parameter),
            TextMatchKind.EndsWith => SliceEquals(text, Expression.Subtract(length, valueLength), valueLength, length, parameter),
            _ => throw new InvalidOperationException($"Unknown text match kind '{expression.MatchKind}'."),
        };

        return Expression.AndAlso(notNull, match);
    }

    private static BinaryExpression SliceEquals(Expression text, Expression start, Expression count, Expression length, Expression value) =>
        Expression.AndAlso(
            Expression.GreaterThanOrEqual(length, count),
            Expression.Equal(Expression.Call(text, StringSubstring, start, count), value));

    public override Expression VisitAny(AnyExpression expression, Expression argument)
    {
        Expression value = Visit(expression.Target, argument);
        var values = Array.CreateInstance(value.Type, expression.Constants.Count);

        for (int index = 0; index < expression.Constants.Count; index++)
        {
            values.SetValue(expression.Constants[index].Value, index);
        }

        return Expression.Call(EnumerableContains.MakeGenericMethod(value.Type), QueryParameterValue.For(values, values.GetType()), value);
    }

    public override Expression VisitHas(HasExpression expression, Expression argument)
    {
        Type elementType = ElementTypeOf(expression.TargetCollection);
        LambdaExpression? memberFilter = expression.Filter is null ? null : PredicateOver(expression.Filter, elementType);

        if (sets is not null && new KeySubqueries(sets, scopes).Has(argument, expression.TargetCollection.Relationships, memberFilter) is { } keyed)
        {
            return keyed;
        }

        return FieldChainAccess.Collection(argument, expression.TargetCollection, scopes, collection => memberFilter is null
            ? Expression.Call(EnumerableAny.MakeGenericMethod(elementType), collection)
            : Expression.Call(EnumerableAnyWithPredicate.MakeGenericMethod(elementType), collection, memberFilter));
    }

    public override Expression VisitIsType(IsTypeExpression expression, Expression argument)
    {
        if (expression.TargetToOne is null)
        {
            return Expression.Constant(expression.ResourceType.ClrType == argument.Type);
        }

        return expression.TargetToOne.LastRelationship!.RightType == expression.ResourceType
            ? FieldChainAccess.IsSet(argument, expression.TargetToOne, scopes)
            : Expression.Constant(false);
    }

    public override Expression VisitNot(NotExpression expression, Expression argument) =>
        Expression.Not(Visit(expression.Child, argument));

    public override Expression VisitLogical(LogicalExpression expression, Expression argument)
    {
        Func<Expression, Expression, BinaryExpression> combine = expression.Operator switch
        {
            LogicalOperator.And => Expression.AndAlso,
            LogicalOperator.Or => Expression.OrElse,
            _ => throw new InvalidOperationException($"Unknown logical operator '{expression.Operator}'."),
        };

        Expression[] terms = [.. expression.Terms.Select(term => Visit(term, argument))];
        return CombineBalanced(terms, 0, terms.Length, combine);
    }

    /// <summary>Pairs terms as a balanced tree, so thousands of terms do not make a tree thousands deep for later visitors.</summary>
    private static Expression CombineBalanced(Expression[] terms, int start, int count, Func<Expression, Expression, BinaryExpression> combine)
    {
        if (count == 1)
        {
            return terms[start];
        }

        int half = count / 2;
        return combine(CombineBalanced(terms, start, half, combine), CombineBalanced(terms, start + half, count - half, combine));
    }


    private static Type ElementTypeOf(ResourceFieldChainExpression collection) => collection.LastRelationship!.RightClrType;
}
