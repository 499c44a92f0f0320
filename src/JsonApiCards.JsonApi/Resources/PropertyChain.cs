using System.Linq.Expressions;
using System.Reflection;

namespace JsonApiCards.JsonApi.Resources;

/// <summary>The properties a lambda such as <c>card =&gt; card.Order.Status</c> reads, outermost first: how typed field references name their fields.</summary>
internal static class PropertyChain
{
    /// <summary>The chain of properties <paramref name="lambda"/> reads from its parameter; throws when it reads anything else.</summary>
    public static IReadOnlyList<PropertyInfo> Of(LambdaExpression lambda)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        var chain = new List<PropertyInfo>();
        Expression? current = lambda.Body;

        // A value-typed property reached through Func<T, object?> is boxed: look through the conversion.
        while (current is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } conversion)
        {
            current = conversion.Operand;
        }

        while (current is MemberExpression { Member: PropertyInfo property } member)
        {
            chain.Insert(0, property);
            current = member.Expression;
        }

        if (chain.Count == 0 || current != lambda.Parameters[0])
        {
            throw new ArgumentException($"'{lambda}' must read properties of its parameter only, as in resource => resource.Name or resource => resource.Order.Status.", nameof(lambda));
        }

        return chain;
    }

    /// <summary>
    /// Whether two objects describe the same property. The one reached through a derived type and the one its declaring type
    /// gives are different objects, so a property declared on a base class is matched by its declaring type and name.
    /// </summary>
    public static bool Same(PropertyInfo left, PropertyInfo right) =>
        left == right || (left.Name == right.Name && left.DeclaringType == right.DeclaringType);

    /// <summary>Writes a chain as C# reads it: <c>CreditCard.Order.Status</c>.</summary>
    public static string Describe(Type root, IReadOnlyList<PropertyInfo> chain) =>
        string.Join('.', [root.Name, .. chain.Select(property => property.Name)]);
}
