namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>Which page of a collection to return.</summary>
public sealed class PaginationExpression : QueryExpression
{
    /// <summary>Creates a page selection.</summary>
    public PaginationExpression(int pageNumber, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        PageNumber = pageNumber;
        PageSize = pageSize;
    }

    /// <summary>The page number, starting at 1.</summary>
    public int PageNumber { get; }

    /// <summary>The number of resources per page.</summary>
    public int PageSize { get; }

    /// <summary>How many resources come before the page.</summary>
    public long Offset => (long)(PageNumber - 1) * PageSize;

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitPagination(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"page[number]={PageNumber}&page[size]={PageSize}";
}
