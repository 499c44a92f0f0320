using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The fields of one resource type selected with <c>fields[type]</c>.</summary>
public sealed class SparseFieldSetExpression : QueryExpression
{
    /// <summary>Creates a field selection; every field must belong to <paramref name="resourceType"/>.</summary>
    public SparseFieldSetExpression(ResourceType resourceType, IEnumerable<AttrField> attributes, IEnumerable<RelationshipField> relationships)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(relationships);

        ResourceType = resourceType;
        Attributes = attributes.ToHashSet();
        Relationships = relationships.ToHashSet();
    }

    /// <summary>The resource type the fields belong to.</summary>
    public ResourceType ResourceType { get; }

    /// <summary>The selected attributes.</summary>
    public IReadOnlySet<AttrField> Attributes { get; }

    /// <summary>The selected relationships.</summary>
    public IReadOnlySet<RelationshipField> Relationships { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitSparseFieldSet(this, argument);

    /// <summary>The selected fields in declaration order, attributes first.</summary>
    public override string ToString() =>
        string.Join(',', ResourceType.Attributes.Where(Attributes.Contains).Select(field => field.PublicName)
            .Concat(ResourceType.Relationships.Where(Relationships.Contains).Select(field => field.PublicName)));
}
