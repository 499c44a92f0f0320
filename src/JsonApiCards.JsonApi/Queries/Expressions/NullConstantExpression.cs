namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The <c>null</c> keyword.</summary>
public sealed class NullConstantExpression : QueryExpression
{
    private NullConstantExpression()
    {
    }

    /// <summary>The only instance.</summary>
    public static NullConstantExpression Instance { get; } = new();

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitNullConstant(this, argument);

    /// <inheritdoc />
    public override string ToString() => "null";
}
