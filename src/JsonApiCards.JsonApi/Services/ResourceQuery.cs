using JsonApiCards.JsonApi.Queries;

namespace JsonApiCards.JsonApi.Services;

/// <summary>How to read resources: the query layer parsed from the query string.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public sealed class ResourceQuery<TResource>(QueryLayer layer)
{
    /// <summary>The parsed query string.</summary>
    public QueryLayer Layer { get; } = layer;
}
