using JsonApiCards.JsonApi.QueryStrings.Validation;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// How large the filters of one request may be, counted over all its filter parameters of both dialects while they are
/// parsed. A new filter shape costs EF Core a compilation (up to the better part of a second for a large one), so a hostile
/// filter of thousands of terms or long value lists is refused before anything is built from it.
/// </summary>
/// <param name="maxTerms">The most terms: each JsonApiDotNetCore function (including <c>count</c>), each attribute of a Ransack condition, each simple filter value.</param>
/// <param name="maxListLength">The most values in one list: <c>any(...)</c>, Ransack <c>_in</c>/<c>_not_in</c>, a list simple filter such as <c>filter[ids]</c>.</param>
/// <param name="maxSubqueries">The most relationships <c>has</c> and <c>count</c> pass through: each is a subquery of keys.</param>
internal sealed class FilterSizeLimits(int maxTerms, int maxListLength, int maxSubqueries)
{
    private int _terms;
    private int _subqueries;

    /// <summary>The most values in one list.</summary>
    public int MaxListLength { get; } = maxListLength;

    /// <summary>Why a filter with too many terms is refused.</summary>
    public string TooManyTerms => $"The filters of one request may hold at most {maxTerms} terms (each filter function, Ransack attribute and simple filter value counts one).";

    /// <summary>Why a list with too many values is refused.</summary>
    public string ListTooLong => $"A list of values in a filter may hold at most {MaxListLength} values.";

    /// <summary>Why a filter through too many relationships is refused.</summary>
    public string TooManySubqueries =>
        $"has() and count() may pass through at most {maxSubqueries} relationships over all filters of one request (has(order.customer.orders) passes through 3). Each is a subquery the count and the page both run: filter a related collection on its own endpoint instead.";

    /// <summary>Counts the relationships of one more <c>has</c> or <c>count</c>; false once the request passes through more than the limit.</summary>
    public bool TryCountSubqueries(int relationships)
    {
        _subqueries += relationships;
        return _subqueries <= maxSubqueries;
    }

    /// <summary>Counts <paramref name="count"/> more terms; false once the request holds more than the limit.</summary>
    public bool TryCount(int count = 1)
    {
        _terms += count;
        return _terms <= maxTerms;
    }

    /// <summary>Counts terms where no position is known; throws <see cref="QueryValidationException"/> past the limit.</summary>
    public void Count(int count = 1)
    {
        if (!TryCount(count))
        {
            throw new QueryValidationException(TooManyTerms);
        }
    }

    /// <summary>Throws <see cref="QueryValidationException"/> when a list holds more values than the limit.</summary>
    public void CheckListLength(int count)
    {
        if (count > MaxListLength)
        {
            throw new QueryValidationException(ListTooLong);
        }
    }
}
