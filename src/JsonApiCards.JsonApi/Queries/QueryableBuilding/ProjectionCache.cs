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

    public LambdaExpression GetOrBuild(ResourceType resourceType, string? fieldset, Func<LambdaExpression> build)
    {
        if (_projections.TryGetValue((resourceType, fieldset), out LambdaExpression? projection))
        {
            return projection;
        }

        projection = build();
        if (_projections.Count < Capacity)
        {
            _projections.TryAdd((resourceType, fieldset), projection);
        }

        return projection;
    }
}
