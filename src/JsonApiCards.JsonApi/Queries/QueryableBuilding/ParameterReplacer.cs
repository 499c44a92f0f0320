using System.Linq.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>Inlines a one-parameter lambda: its body with the parameter replaced by an expression, which EF Core translates where it cannot translate an invocation.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
