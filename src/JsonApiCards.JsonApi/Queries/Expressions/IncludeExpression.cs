namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The <c>include</c> parameter as a tree of relationships; printed as its leaf paths.</summary>
/// <param name="elements">The top-level included relationships.</param>
public sealed class IncludeExpression(IReadOnlyList<IncludeElementExpression> elements) : QueryExpression
{
    /// <summary>Nothing included.</summary>
    public static IncludeExpression Empty { get; } = new([]);

    /// <summary>The top-level included relationships.</summary>
    public IReadOnlyList<IncludeElementExpression> Elements { get; } = [.. elements ?? throw new ArgumentNullException(nameof(elements))];

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitInclude(this, argument);

    /// <inheritdoc />
    public override string ToString() => string.Join(',', Elements.SelectMany(element => element.LeafPaths()));
}
