namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>not(filter)</c></summary>
/// <param name="child">The negated filter.</param>
public sealed class NotExpression(FilterExpression child) : FilterExpression
{
    /// <summary>The negated filter.</summary>
    public FilterExpression Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitNot(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"not({Child})";
}
