namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>has(orders)</c> or <c>has(orders,filter)</c>: the to-many relationship has any (matching) element.</summary>
public sealed class HasExpression : FilterExpression
{
    /// <summary>Creates a test for related resources; the nested filter applies to the related type.</summary>
    public HasExpression(ResourceFieldChainExpression targetCollection, FilterExpression? filter)
    {
        ArgumentNullException.ThrowIfNull(targetCollection);

        if (targetCollection.LastRelationship is not { IsToMany: true })
        {
            throw new ArgumentException("The target of has() must end in a to-many relationship.", nameof(targetCollection));
        }

        TargetCollection = targetCollection;
        Filter = filter;
    }

    /// <summary>The chain ending in a to-many relationship.</summary>
    public ResourceFieldChainExpression TargetCollection { get; }

    /// <summary>The condition related resources must meet, or null for "any at all".</summary>
    public FilterExpression? Filter { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitHas(this, argument);

    /// <inheritdoc />
    public override string ToString() => Filter is null ? $"has({TargetCollection})" : $"has({TargetCollection},{Filter})";
}
