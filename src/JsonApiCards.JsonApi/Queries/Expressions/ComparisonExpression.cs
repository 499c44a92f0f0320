namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>
/// <c>equals(left,right)</c> and the ordering comparisons. The left operand is a field chain or <c>count()</c>;
/// the right one is a constant, <c>null</c>, a field chain or <c>count()</c>.
/// </summary>
public sealed class ComparisonExpression : FilterExpression
{
    /// <summary>Creates a comparison.</summary>
    public ComparisonExpression(ComparisonOperator @operator, QueryExpression left, QueryExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);

        Operator = @operator;
        Left = left;
        Right = right;
    }

    /// <summary>The comparison operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>The left operand.</summary>
    public QueryExpression Left { get; }

    /// <summary>The right operand.</summary>
    public QueryExpression Right { get; }

    /// <summary>The function name of an operator, e.g. <c>lessOrEqual</c>.</summary>
    public static string KeywordOf(ComparisonOperator @operator) => @operator switch
    {
        ComparisonOperator.Equals => "equals",
        ComparisonOperator.LessThan => "lessThan",
        ComparisonOperator.LessOrEqual => "lessOrEqual",
        ComparisonOperator.GreaterThan => "greaterThan",
        ComparisonOperator.GreaterOrEqual => "greaterOrEqual",
        _ => throw new InvalidOperationException($"Unknown comparison operator '{@operator}'."),
    };

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitComparison(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"{KeywordOf(Operator)}({Left},{Right})";
}
