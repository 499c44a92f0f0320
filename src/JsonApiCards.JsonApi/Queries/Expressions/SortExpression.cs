using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>The <c>sort</c> parameter: sort keys in order of precedence.</summary>
public sealed class SortExpression : QueryExpression
{
    /// <summary>Creates a sort of one or more keys.</summary>
    public SortExpression(IReadOnlyList<SortElementExpression> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        // The type argument is spelled out: with it inferred, Stryker's mutants of this constructor do not compile.
        ArgumentOutOfRangeException.ThrowIfZero<int>(elements.Count);

        Elements = [.. elements];
    }

    /// <summary>The sort keys, most significant first.</summary>
    public IReadOnlyList<SortElementExpression> Elements { get; }

    /// <summary>The default order: by id, ascending.</summary>
    public static SortExpression ById(ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        return new SortExpression([new SortElementExpression(new ResourceFieldChainExpression(resourceType.Id), isAscending: true)]);
    }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitSort(this, argument);

    /// <inheritdoc />
    public override string ToString() => string.Join(',', Elements);
}
