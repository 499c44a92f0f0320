using System.Collections.Concurrent;
using System.Linq.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// Projections without includes, keyed by resource type and sparse fieldset. Fieldsets come from clients, so the cache
/// stops growing at <see cref="Capacity"/> entries: further combinations are built per request, as before.
/// </summary>
internal sealed class ProjectionCache
{
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<(ResourceType Type, string? Fieldset), LambdaExpression> _projections = new();

    /// <summary>
    /// The one projection every request of this type and fieldset shares, built on first use; false, with a projection
    /// built for this request alone, once the cache is full. Only a shared instance is worth a compiled query, which is
    /// keyed by the instance.
    /// </summary>
    public bool TryGetShared(ResourceType resourceType, string? fieldset, Func<LambdaExpression> build, out LambdaExpression projection)
    {
        if (_projections.TryGetValue((resourceType, fieldset), out LambdaExpression? shared))
        {
            projection = shared;
            return true;
        }

        projection = build();
        if (_projections.Count >= Capacity)
        {
            return false;
        }

        // Two requests may build the same projection at once: both go on with the instance that was stored.
        projection = _projections.GetOrAdd((resourceType, fieldset), projection);
        return true;
    }
}
