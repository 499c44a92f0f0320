namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>any(field,'a','b')</c>: the attribute equals one of a set of constants.</summary>
public sealed class AnyExpression : FilterExpression
{
    /// <summary>Creates a set membership test; repeated constants are kept once.</summary>
    public AnyExpression(ResourceFieldChainExpression target, IEnumerable<LiteralConstantExpression> constants)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(constants);

        Target = target;
        Constants = [.. constants.DistinctBy(constant => constant.Value)];

        if (Constants.Count == 0)
        {
            throw new ArgumentException("At least one constant is required.", nameof(constants));
        }
    }

    /// <summary>The attribute tested.</summary>
    public ResourceFieldChainExpression Target { get; }

    /// <summary>The distinct constants, in the order first given.</summary>
    public IReadOnlyList<LiteralConstantExpression> Constants { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitAny(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"any({Target},{string.Join(',', Constants)})";
}
