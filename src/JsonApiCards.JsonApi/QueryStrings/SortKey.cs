using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>
/// One key of a definition's default sort, on an attribute named by a typed lambda. Resolved against the resource graph when
/// the application starts, so an attribute that cannot be sorted stops start-up rather than a request.
/// </summary>
public sealed class SortKey
{
    private SortKey(Type resourceClrType, IReadOnlyList<PropertyInfo> path, bool isDescending)
    {
        ResourceClrType = resourceClrType;
        Path = path;
        IsDescending = isDescending;
    }

    /// <summary>The entity type sorted.</summary>
    public Type ResourceClrType { get; }

    /// <summary>The properties that lead to the attribute: one, or a chain through to-one relationships.</summary>
    public IReadOnlyList<PropertyInfo> Path { get; }

    /// <summary>Whether the key sorts from high to low (<c>-created_at</c> in a <c>sort</c> parameter).</summary>
    public bool IsDescending { get; }

    /// <summary>Sorts by the attribute <paramref name="attribute"/> reads, such as <c>order =&gt; order.CreatedAt</c>.</summary>
    public static SortKey By<TResource>(Expression<Func<TResource, object?>> attribute, bool descending = false)
        where TResource : class => new(typeof(TResource), PropertyChain.Of(attribute), descending);

    /// <inheritdoc />
    public override string ToString() => (IsDescending ? "-" : "") + PropertyChain.Describe(ResourceClrType, Path);
}
