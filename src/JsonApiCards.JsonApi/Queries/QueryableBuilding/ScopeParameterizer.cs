using System.Linq.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Splits a scope predicate into a template and the caller's values it reads, so that a compiled query can take those
/// values as parameters on every call. EF Core compiles a query's closure reads into constants, which would freeze the first
/// caller's values into every later call; as parameters, each call reads them afresh.
/// </summary>
/// <remarks>
/// Only predicates made of member reads, comparisons, logical operators, conversions and constants are split; a caller's
/// value must be a member read from a captured object (a closure) or a static member. Anything else (a method call, a
/// nested lambda) gives null, and the caller keeps EF Core's ordinary query path.
/// </remarks>
internal static class ScopeParameterizer
{
    /// <summary>The most caller's values a split scope may read: a compiled query takes at most 15 parameters besides the context.</summary>
    public const int MaxValues = 12;

    /// <summary>Splits <paramref name="scope"/>, or returns null when it reads something other than the supported forms.</summary>
    public static ParameterizedScope? TryParameterize(LambdaExpression scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Parameters.Count != 1)
        {
            return null;
        }

        var splitter = new Splitter();
        Expression body = splitter.Visit(scope.Body)!;
        return splitter.Supported && splitter.Values.Count <= MaxValues
            ? new ParameterizedScope(body, scope.Parameters[0], splitter.Placeholders, splitter.Values)
            : null;
    }

    private static bool IsCallerValue(Expression? node) => node switch
    {
        null or ConstantExpression => true,
        MemberExpression member => IsCallerValue(member.Expression),
        _ => false,
    };

    private sealed class Splitter : ExpressionVisitor
    {
        public List<ParameterExpression> Placeholders { get; } = [];

        public List<Expression> Values { get; } = [];

        public bool Supported { get; private set; } = true;

        public override Expression? Visit(Expression? node)
        {
            switch (node)
            {
                case null:
                    return null;
                case MemberExpression member when IsCallerValue(member.Expression):
                    var placeholder = Expression.Parameter(member.Type, $"scope_value_{Placeholders.Count}");
                    Placeholders.Add(placeholder);
                    Values.Add(member);
                    return placeholder;
                case MemberExpression or ParameterExpression or ConstantExpression or BinaryExpression { Conversion: null }:
                case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.Convert }:
                    return base.Visit(node);
                default:
                    Supported = false;
                    return node;
            }
        }
    }
}

/// <summary>A scope predicate whose caller's values are placeholders.</summary>
/// <param name="Body">The predicate over <paramref name="Resource"/>, reading <paramref name="Placeholders"/> where the scope read the caller's values.</param>
/// <param name="Resource">The predicate's resource parameter.</param>
/// <param name="Placeholders">One parameter per value read, in order.</param>
/// <param name="Values">The reads the placeholders stand for, from the original scope: evaluate them to get the current values.</param>
internal sealed record ParameterizedScope(Expression Body, ParameterExpression Resource, IReadOnlyList<ParameterExpression> Placeholders, IReadOnlyList<Expression> Values);
