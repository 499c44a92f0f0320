namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The operator of a <see cref="LogicalExpression"/>.</summary>
public enum LogicalOperator
{
    /// <summary><c>and</c></summary>
    And,

    /// <summary><c>or</c></summary>
    Or,
}
