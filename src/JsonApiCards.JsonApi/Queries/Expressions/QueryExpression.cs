namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>A node of a parsed query: immutable, visitable, and printable in JsonApiDotNetCore syntax.</summary>
public abstract class QueryExpression
{
    /// <summary>Dispatches to the visitor method for this node type.</summary>
    public abstract TResult Accept<TArgument, TResult>(QueryExpressionVisitor<TArgument, TResult> visitor, TArgument argument);

    /// <summary>The canonical JsonApiDotNetCore form of the expression.</summary>
    public abstract override string ToString();
}
