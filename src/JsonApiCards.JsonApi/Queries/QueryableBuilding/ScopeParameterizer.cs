using System.Linq.Expressions;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Splits a scope predicate into a template and the caller's values it reads, so that a compiled query can take those
/// values as parameters on every call. EF Core compiles a query's closure reads into constants, which would freeze the first
/// caller's values into every later call; as parameters, each call reads them afresh.
/// </summary>
/// <remarks>
/// Only predicates made of member reads, comparisons, logical operators, conversions, constants and LINQ's
/// <see cref="Enumerable"/> operators over navigations (<c>card.Orders.Any(order =&gt; ...)</c>) are split; a caller's value
/// must be a member read from a captured object (a closure) or a static member. Anything else (an instance method call)
/// gives null, and the caller keeps EF Core's ordinary query path.
/// The captured objects become <see cref="ParameterizedScope.Roots"/>: two scope instances built by the same code (one per
/// request, each capturing that request's caller) have the same template and value reads over their roots, so they share one
/// compiled query and differ only in the <see cref="ParameterizedScope.RootValues"/> passed to it.
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
            ? new ParameterizedScope(body, scope.Parameters[0], splitter.Placeholders, splitter.Values, splitter.Roots, splitter.RootValues)
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
        private readonly Dictionary<object, ParameterExpression> _rootsByObject = new(ReferenceEqualityComparer.Instance);

        public List<ParameterExpression> Placeholders { get; } = [];

        public List<Expression> Values { get; } = [];

        public List<ParameterExpression> Roots { get; } = [];

        public List<object> RootValues { get; } = [];

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
                    Values.Add(OverRoot(member));
                    return placeholder;
                case MethodCallExpression { Object: null } call when call.Method.DeclaringType == typeof(Enumerable):
                case LambdaExpression:
                case MemberExpression or ParameterExpression or ConstantExpression or BinaryExpression { Conversion: null }:
                case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.Convert }:
                    return base.Visit(node);
                default:
                    Supported = false;
                    return node;
            }
        }

        /// <summary>The member read with its captured object replaced by a root parameter; a static read stays as it is.</summary>
        private MemberExpression OverRoot(MemberExpression member) => member.Expression switch
        {
            null => member,
            ConstantExpression { Value: null } => member,
            ConstantExpression constant => member.Update(RootFor(constant)),
            MemberExpression inner => member.Update(OverRoot(inner)),
            _ => throw new InvalidOperationException("A caller's value is a chain of member reads from a captured object or a static member."),
        };

        private ParameterExpression RootFor(ConstantExpression constant)
        {
            if (!_rootsByObject.TryGetValue(constant.Value!, out ParameterExpression? root))
            {
                root = Expression.Parameter(constant.Type, $"scope_root_{Roots.Count}");
                _rootsByObject.Add(constant.Value!, root);
                Roots.Add(root);
                RootValues.Add(constant.Value!);
            }

            return root;
        }
    }
}

/// <summary>A scope predicate whose caller's values are placeholders.</summary>
/// <param name="Body">The predicate over <paramref name="Resource"/>, reading <paramref name="Placeholders"/> where the scope read the caller's values.</param>
/// <param name="Resource">The predicate's resource parameter.</param>
/// <param name="Placeholders">One parameter per value read, in order.</param>
/// <param name="Values">The reads the placeholders stand for, over <paramref name="Roots"/> (or static): evaluate them with <paramref name="RootValues"/> to get the current values.</param>
/// <param name="Roots">One parameter per object the scope captured.</param>
/// <param name="RootValues">The captured objects of this scope instance, in the order of <paramref name="Roots"/>.</param>
internal sealed record ParameterizedScope(
    Expression Body,
    ParameterExpression Resource,
    IReadOnlyList<ParameterExpression> Placeholders,
    IReadOnlyList<Expression> Values,
    IReadOnlyList<ParameterExpression> Roots,
    IReadOnlyList<object> RootValues);
