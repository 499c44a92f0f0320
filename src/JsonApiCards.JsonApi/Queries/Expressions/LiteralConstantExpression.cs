namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>A constant converted to the type of the attribute it is compared with, keeping the text it was written as.</summary>
/// <param name="value">The converted value, e.g. an <see cref="int"/> or a UTC <see cref="DateTime"/>.</param>
/// <param name="text">The text as it appeared in the query string.</param>
public sealed class LiteralConstantExpression(object value, string text) : QueryExpression
{
    /// <summary>The converted value.</summary>
    public object Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text as it appeared in the query string.</summary>
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    /// <inheritdoc />
    public override TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument) =>
        visitor.VisitLiteralConstant(this, argument);

    /// <inheritdoc />
    public override string ToString() => "'" + Text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
