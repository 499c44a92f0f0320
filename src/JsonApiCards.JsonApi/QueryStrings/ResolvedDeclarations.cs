using System.Runtime.CompilerServices;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.QueryStrings;

/// <summary>
/// A definition's simple filters and default sort resolved against the resource graph, once per declaration instance:
/// the layer hands the reader the instances it checked at start-up, so requests only look them up. Weak keys, so that
/// declarations a caller makes per call cannot grow the cache.
/// </summary>
internal sealed class ResolvedDeclarations
{
    private readonly ConditionalWeakTable<SimpleFilter, Resolved<ResourceFieldChainExpression>> _simpleFilterTargets = new();
    private readonly ConditionalWeakTable<IReadOnlyList<SortKey>, Resolved<SortExpression?>> _defaultSorts = new();

    /// <summary>The attribute <paramref name="filter"/> compares.</summary>
    public ResourceFieldChainExpression TargetOf(SimpleFilter filter, ResourceType resourceType) =>
        Resolve(_simpleFilterTargets, filter, resourceType, DeclaredQueryResolver.ResolveSimpleFilter);

    /// <summary>The sort <paramref name="keys"/> make; null when there are none.</summary>
    public SortExpression? SortOf(IReadOnlyList<SortKey>? keys, ResourceType resourceType) =>
        keys is null or { Count: 0 } ? null : Resolve(_defaultSorts, keys, resourceType, DeclaredQueryResolver.ResolveDefaultSort);

    private static TResult Resolve<TDeclaration, TResult>(ConditionalWeakTable<TDeclaration, Resolved<TResult>> cache, TDeclaration declaration, ResourceType resourceType, Func<TDeclaration, ResourceType, TResult> resolve)
        where TDeclaration : class
    {
        if (cache.TryGetValue(declaration, out Resolved<TResult>? resolved) && resolved.ResourceType == resourceType)
        {
            return resolved.Value;
        }

        TResult value = resolve(declaration, resourceType);
        cache.AddOrUpdate(declaration, new Resolved<TResult>(resourceType, value));
        return value;
    }

    private sealed record Resolved<T>(ResourceType ResourceType, T Value);
}
