using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>
/// A <c>filter[Key]=value</c> parameter declared by a resource definition, on a field named by a typed lambda. Its field is
/// resolved against the resource graph when the application starts, so a wrong one stops start-up rather than a request.
/// </summary>
public sealed class SimpleFilter
{
    private SimpleFilter(string key, Type resourceClrType, IReadOnlyList<PropertyInfo> path, SimpleFilterKind kind)
    {
        Key = key;
        ResourceClrType = resourceClrType;
        Path = path;
        Kind = kind;
    }

    /// <summary>The name inside the brackets, e.g. <c>created_at_from</c>.</summary>
    public string Key { get; }

    /// <summary>The entity type whose parameter this is.</summary>
    public Type ResourceClrType { get; }

    /// <summary>The properties that lead to the attribute filtered: one, or a chain through to-one relationships such as <c>Order.Status</c>.</summary>
    public IReadOnlyList<PropertyInfo> Path { get; }

    /// <summary>How the attribute is compared with the value.</summary>
    public SimpleFilterKind Kind { get; }

    /// <summary>
    /// Declares <c>filter[<paramref name="key"/>]</c> on the attribute <paramref name="field"/> reads: <c>card =&gt; card.CardType</c>,
    /// <c>card =&gt; card.Id</c>, or a chain through to-one relationships such as <c>card =&gt; card.Order.Status</c>.
    /// </summary>
    public static SimpleFilter For<TResource>(string key, Expression<Func<TResource, object?>> field, SimpleFilterKind kind)
        where TResource : class
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new SimpleFilter(key, typeof(TResource), PropertyChain.Of(field), kind);
    }

    /// <inheritdoc />
    public override string ToString() => $"filter[{Key}] on {PropertyChain.Describe(ResourceClrType, Path)}";
}
