using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>One included relationship and the relationships included beneath it.</summary>
/// <param name="relationship">The included relationship.</param>
/// <param name="children">Relationships of the related type included in turn.</param>
public sealed class IncludeElementExpression(RelationshipField relationship, IReadOnlyList<IncludeElementExpression> children) : QueryExpression
{
    /// <summary>The included relationship.</summary>
    public RelationshipField Relationship { get; } = relationship ?? throw new ArgumentNullException(nameof(relationship));

    /// <summary>Relationships of the related type included in turn.</summary>
    public IReadOnlyList<IncludeElementExpression> Children { get; } = [.. children ?? throw new ArgumentNullException(nameof(children))];

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitIncludeElement(this, argument);

    /// <summary>The dotted paths of the leaves beneath and including this element.</summary>
    internal IEnumerable<string> LeafPaths() =>
        Children.Count == 0 ? [Relationship.PublicName] : Children.SelectMany(child => child.LeafPaths()).Select(path => Relationship.PublicName + "." + path);

    /// <inheritdoc />
    public override string ToString() => string.Join(',', LeafPaths());
}
