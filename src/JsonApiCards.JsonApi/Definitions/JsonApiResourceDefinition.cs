using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>A definition that changes nothing; derive from it and override the hooks a resource needs.</summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public class JsonApiResourceDefinition<TResource> : IResourceDefinition<TResource>
    where TResource : class
{
    /// <inheritdoc />
    public virtual IReadOnlyList<SimpleFilter> SimpleFilters => [];

    /// <inheritdoc />
    public virtual IReadOnlyList<Expression<Func<TResource, object?>>> RequiredProperties => [];

    /// <inheritdoc />
    public virtual IReadOnlyList<SortKey> DefaultSort => [];

    /// <inheritdoc />
    public virtual Expression<Func<TResource, bool>>? ScopeFilter => null;

    /// <inheritdoc />
    /// <remarks>Applies <see cref="ScopeFilter"/>, so that an override of that alone scopes primary data and includes alike.</remarks>
    public virtual IQueryable<TResource> OnApplyScope(IQueryable<TResource> query) =>
        ScopeFilter is { } scope ? query.Where(scope) : query;

    /// <inheritdoc />
    public virtual Task OnWritingAsync(TResource resource, WriteContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnWriteSucceededAsync(TResource resource, WriteContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual ValueTask<long?> CountAsync(FilterExpression? filter, CancellationToken cancellationToken) => ValueTask.FromResult<long?>(null);

    /// <inheritdoc />
    public virtual Task OnDeletingAsync(TResource resource, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual IReadOnlyDictionary<string, string>? GetMeta(TResource resource) => null;
}
