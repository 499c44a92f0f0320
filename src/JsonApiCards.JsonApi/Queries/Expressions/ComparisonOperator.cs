namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The operator of a <see cref="ComparisonExpression"/>.</summary>
public enum ComparisonOperator
{
    /// <summary><c>equals</c></summary>
    Equals,

    /// <summary><c>lessThan</c></summary>
    LessThan,

    /// <summary><c>lessOrEqual</c></summary>
    LessOrEqual,

    /// <summary><c>greaterThan</c></summary>
    GreaterThan,

    /// <summary><c>greaterOrEqual</c></summary>
    GreaterOrEqual,
}
