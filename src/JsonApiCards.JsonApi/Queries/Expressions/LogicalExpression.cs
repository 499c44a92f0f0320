namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary><c>and(a,b,...)</c> or <c>or(a,b,...)</c> over two or more filters.</summary>
public sealed class LogicalExpression : FilterExpression
{
    /// <summary>Creates a logical expression of two or more terms.</summary>
    public LogicalExpression(LogicalOperator @operator, IReadOnlyList<FilterExpression> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);

        if (terms.Count < 2)
        {
            throw new ArgumentException("A logical expression needs at least two terms.", nameof(terms));
        }

        Operator = @operator;
        Terms = [.. terms];
    }

    /// <summary>The logical operator.</summary>
    public LogicalOperator Operator { get; }

    /// <summary>The terms, in order.</summary>
    public IReadOnlyList<FilterExpression> Terms { get; }

    /// <summary>
    /// Combines filters: null for none, the filter itself for one, else one logical expression.
    /// Terms that already use the same operator are flattened, so the canonical form does not depend on grouping.
    /// </summary>
    public static FilterExpression? Combine(LogicalOperator @operator, IEnumerable<FilterExpression?> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);

        List<FilterExpression> terms = [];

        foreach (FilterExpression? filter in filters)
        {
            if (filter is LogicalExpression logical && logical.Operator == @operator)
            {
                terms.AddRange(logical.Terms);
            }
            else if (filter is not null)
            {
                terms.Add(filter);
            }
        }

        return terms.Count switch
        {
            0 => null,
            1 => terms[0],
            _ => new LogicalExpression(@operator, terms),
        };
    }

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitLogical(this, argument);

    /// <inheritdoc />
    public override string ToString() => $"{(Operator == LogicalOperator.And ? "and" : "or")}({string.Join(',', Terms)})";
}
