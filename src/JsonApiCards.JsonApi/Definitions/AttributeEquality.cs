using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Queries.Expressions;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>
/// Recognises a filter that is exactly one equality of an attribute of <typeparamref name="TResource"/> with a constant,
/// whichever dialect wrote it: <c>filter=equals(card_type,'visa')</c>, <c>filter[q][card_type_eq]=visa</c> and a declared
/// simple filter <c>filter[card_type]=visa</c> all read as that one comparison. Anything else is not a match: AND or OR of
/// several terms (including a repeated parameter), a negation, another attribute, a path through a relationship, a
/// comparison with <c>null</c> or with another field. A definition uses it to answer a filter it can count cheaply
/// (<see cref="IResourceDefinition{TResource}.CountAsync"/>).
/// </summary>
/// <remarks>Make one per attribute, once (a static field): matching only reads the tree and allocates nothing.</remarks>
/// <typeparam name="TResource">The entity type whose filters are matched.</typeparam>
/// <typeparam name="TValue">The attribute's type, which is also the type of the parsed constant.</typeparam>
public sealed class AttributeEquality<TResource, TValue>
    where TResource : class
{
    private readonly PropertyInfo _property;

    /// <summary>Creates a matcher for the attribute a property access names, e.g. <c>card =&gt; card.CardType</c>.</summary>
    /// <exception cref="ArgumentException">The expression is not a property of the resource.</exception>
    public AttributeEquality(Expression<Func<TResource, TValue>> attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        _property = attribute.Body is MemberExpression { Member: PropertyInfo property } access && access.Expression == attribute.Parameters[0]
            ? property
            : throw new ArgumentException($"'{attribute}' does not name a property of {typeof(TResource).Name}; write it as resource => resource.Property.", nameof(attribute));
    }

    /// <summary>True, with the constant, when <paramref name="filter"/> is the equality of the attribute with one constant.</summary>
    public bool TryMatch([NotNullWhen(true)] FilterExpression? filter, [MaybeNullWhen(false)] out TValue value)
    {
        // An inherited property reads as the base type's member in a lambda and as the resource type's in the graph;
        // they share one metadata definition.
        if (filter is ComparisonExpression
            {
                Operator: ComparisonOperator.Equals,
                Left: ResourceFieldChainExpression { Relationships.Count: 0, Attribute: { } attribute },
                Right: LiteralConstantExpression { Value: TValue constant },
            }
            && attribute.Property.HasSameMetadataDefinitionAs(_property))
        {
            value = constant;
            return true;
        }

        value = default;
        return false;
    }
}
