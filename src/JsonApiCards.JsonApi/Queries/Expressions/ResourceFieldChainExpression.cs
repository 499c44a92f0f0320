using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>
/// A dotted path of fields, such as <c>order.status</c> or <c>orders</c>: zero or more relationships,
/// optionally ending in an attribute (the <c>id</c> pseudo-attribute is <see cref="ResourceType.Id"/>).
/// </summary>
public sealed class ResourceFieldChainExpression : QueryExpression
{
    /// <summary>Creates a chain; every relationship must lead to the type that owns the next field.</summary>
    public ResourceFieldChainExpression(IReadOnlyList<RelationshipField> relationships, AttrField? attribute)
    {
        ArgumentNullException.ThrowIfNull(relationships);

        if (relationships.Count == 0 && attribute is null)
        {
            throw new ArgumentException("A field chain needs at least one field.", nameof(relationships));
        }

        Relationships = [.. relationships];
        Attribute = attribute;
    }

    /// <summary>Creates a chain of one attribute.</summary>
    public ResourceFieldChainExpression(AttrField attribute)
        : this([], attribute)
    {
    }

    /// <summary>The relationships walked, in order.</summary>
    public IReadOnlyList<RelationshipField> Relationships { get; }

    /// <summary>The attribute the chain ends in, or null when it ends in a relationship.</summary>
    public AttrField? Attribute { get; }

    /// <summary>The last relationship when the chain ends in one, else null.</summary>
    public RelationshipField? LastRelationship => Attribute is null ? Relationships[^1] : null;

    /// <summary>Every field of the chain in order, attributes and relationships alike.</summary>
    public IReadOnlyList<object> Fields => Attribute is null ? [.. Relationships] : [.. Relationships, Attribute];

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitResourceFieldChain(this, argument);

    /// <inheritdoc />
    public override string ToString() => string.Join('.', Fields);
}
