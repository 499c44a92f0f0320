namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>One sort key: a field chain ending in an attribute, or <c>count()</c>, with its direction.</summary>
public sealed class SortElementExpression : QueryExpression
{
    /// <summary>Creates a sort key on an attribute chain.</summary>
    public SortElementExpression(ResourceFieldChainExpression target, bool isAscending)
    {
        ArgumentNullException.ThrowIfNull(target);

        if (target.Attribute is null)
        {
            throw new ArgumentException("A sort key must end in an attribute.", nameof(target));
        }

        Target = target;
        IsAscending = isAscending;
    }

    /// <summary>Creates a sort key on the number of related resources.</summary>
    public SortElementExpression(CountExpression count, bool isAscending)
    {
        Target = count ?? throw new ArgumentNullException(nameof(count));
        IsAscending = isAscending;
    }

    /// <summary>A <see cref="ResourceFieldChainExpression"/> or a <see cref="CountExpression"/>.</summary>
    public QueryExpression Target { get; }

    /// <summary>True for ascending, false for descending (written with a leading <c>-</c>).</summary>
    public bool IsAscending { get; }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitSortElement(this, argument);

    /// <inheritdoc />
    public override string ToString() => IsAscending ? Target.ToString() : "-" + Target;
}
