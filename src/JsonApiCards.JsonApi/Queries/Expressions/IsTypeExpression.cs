using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>
/// <c>isType(,cards)</c> or <c>isType(order,orders)</c>. The graph has no inheritance, so without a target this is
/// simply whether the filtered type is <see cref="ResourceType"/>; with a to-one target it is whether that relationship
/// is set and points to <see cref="ResourceType"/> (otherwise always false).
/// </summary>
public sealed class IsTypeExpression : FilterExpression
{
    /// <summary>Creates a type test.</summary>
    public IsTypeExpression(ResourceFieldChainExpression? targetToOne, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);

        if (targetToOne is not null && targetToOne.LastRelationship is not { IsToMany: false })
        {
            throw new ArgumentException("The target of isType() must end in a to-one relationship.", nameof(targetToOne));
        }

        TargetToOne = targetToOne;
        ResourceType = resourceType;
    }

    /// <summary>The to-one relationship tested, or null to test the filtered resource itself.</summary>
    public ResourceFieldChainExpression? TargetToOne { get; }

    /// <summary>The type tested for.</summary>
    public ResourceType ResourceType { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitIsType(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"isType({TargetToOne},{ResourceType})";
}
