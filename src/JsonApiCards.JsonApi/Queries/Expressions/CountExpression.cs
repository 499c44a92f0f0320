namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>count(orders)</c>: the number of related resources, usable in comparisons and sorting.</summary>
public sealed class CountExpression : QueryExpression
{
    /// <summary>Creates a count of a to-many relationship.</summary>
    public CountExpression(ResourceFieldChainExpression targetCollection)
    {
        ArgumentNullException.ThrowIfNull(targetCollection);

        if (targetCollection.LastRelationship is not { IsToMany: true })
        {
            throw new ArgumentException("The target of count() must end in a to-many relationship.", nameof(targetCollection));
        }

        TargetCollection = targetCollection;
    }

    /// <summary>The chain ending in a to-many relationship.</summary>
    public ResourceFieldChainExpression TargetCollection { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitCount(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"count({TargetCollection})";
}
