using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings;

namespace JsonApiCards.JsonApi.Definitions;

/// <summary>The part of a definition the layer calls without knowing the entity type.</summary>
public interface IResourceDefinition
{
    /// <summary>
    /// The simple <c>filter[key]=value</c> parameters this resource accepts, declared with <see cref="SimpleFilter.For{TResource}"/>.
    /// Read once, when the application starts, and resolved against the resource graph then.
    /// </summary>
    IReadOnlyList<SimpleFilter> SimpleFilters { get; }

    /// <summary>
    /// The order of a collection whose request has no <c>sort</c>, as keys made with <see cref="SortKey.By{TResource}"/>
    /// (<c>SortKey.By&lt;Order&gt;(order =&gt; order.CreatedAt, descending: true)</c>); empty orders by id. The id breaks ties
    /// either way. Read once, when the application starts, and resolved against the resource graph then.
    /// </summary>
    IReadOnlyList<SortKey> DefaultSort => [];

    /// <summary>The <c>meta</c> object of one resource, or null for none.</summary>
    IReadOnlyDictionary<string, string>? GetMeta(object resource);

    /// <summary>
    /// The entity properties <see cref="GetMeta(object)"/> reads, which every read loads even when a sparse fieldset leaves
    /// them out; see <see cref="IResourceDefinition{TResource}.RequiredProperties"/>.
    /// </summary>
    IReadOnlyList<LambdaExpression> RequiredProperties => [];

    /// <summary>The scope as a predicate over one resource, or null; see <see cref="IResourceDefinition{TResource}.ScopeFilter"/>.</summary>
    LambdaExpression? ScopeFilter => null;
}

/// <summary>
/// Per-resource hooks the layer calls while serving requests. Business rules live here, so that the JSON:API
/// endpoints and any other endpoint built on the same services share them.
/// </summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public interface IResourceDefinition<TResource> : IResourceDefinition
    where TResource : class
{
    /// <summary>Narrows every query to what the caller may see (mode, owner, soft deletes).</summary>
    IQueryable<TResource> OnApplyScope(IQueryable<TResource> query);

    /// <summary>
    /// What <see cref="OnApplyScope"/> lets through, as a predicate over one resource, or null when the scope narrows nothing.
    /// The layer applies it where a query reaches this type through another one: included and linked resources, and the
    /// resources a filter or sort reaches through a relationship (<c>equals(order.status,'placed')</c>, <c>has(orders)</c>,
    /// <c>sort=count(orders)</c>), outside it read as absent (a null to-one, a missing member of a to-many). It must let through exactly what
    /// <see cref="OnApplyScope"/> does. Read the caller's values through a closure (a captured variable or member), never
    /// as constants, so that EF Core sends them as parameters and reuses one compiled query for every caller.
    /// A definition that keeps <see cref="JsonApiResourceDefinition{TResource}.OnApplyScope"/> (which applies this filter)
    /// has its single-resource reads run as EF Core compiled queries, one per shape of the predicates returned here: instances
    /// built by the same code (one per mode, or one per request capturing that request's caller) share one compiled query, and
    /// each call passes its own instance's values. Supported are member reads, comparisons, logical operators, conversions,
    /// constants and <see cref="Enumerable"/> operators over navigations; any other call takes the ordinary query path.
    /// It may be read from two threads at once (a list whose filter goes through a to-many relationship is counted on a
    /// second connection while its page is read), so a getter that builds its value on first use must be thread-safe.
    /// </summary>
    new Expression<Func<TResource, bool>>? ScopeFilter => null;

    LambdaExpression? IResourceDefinition.ScopeFilter => ScopeFilter;

    /// <summary>
    /// The entity properties <see cref="GetMeta(TResource)"/> reads (<c>resource =&gt; resource.Mode</c>), which every read loads
    /// even when a sparse fieldset leaves them out. Read once, when the application starts; each must be a column the
    /// EF Core model maps.
    /// </summary>
    new IReadOnlyList<Expression<Func<TResource, object?>>> RequiredProperties => [];

    IReadOnlyList<LambdaExpression> IResourceDefinition.RequiredProperties => RequiredProperties;

    /// <summary>
    /// Validates and enriches a resource after the request's attributes and relationships were assigned and before it is saved.
    /// Throw a <see cref="Errors.JsonApiException"/> to refuse the write.
    /// </summary>
    Task OnWritingAsync(TResource resource, WriteContext context, CancellationToken cancellationToken);

    /// <summary>Reacts to a write that was saved, inside the same transaction.</summary>
    Task OnWriteSucceededAsync(TResource resource, WriteContext context, CancellationToken cancellationToken);

    /// <summary>
    /// The number of resources <see cref="OnApplyScope"/> lets through that match <paramref name="filter"/> (null: the list
    /// has no filter), when the definition knows it more cheaply than <c>COUNT(*)</c>, for instance from counters the
    /// database keeps; null lets the layer count. Answer only the shapes you recognise (<c>filter is null</c>, an
    /// <see cref="AttributeEquality{TResource, TValue}"/>) and null for everything else. The answer must be exact for the
    /// caller's scope: it becomes <c>meta.record_count</c> and the page links. Runs for every primary list, so return a
    /// completed task when there is nothing to read.
    /// </summary>
    ValueTask<long?> CountAsync(FilterExpression? filter, CancellationToken cancellationToken);

    /// <summary>Checks a delete before it happens. Throw a <see cref="Errors.JsonApiException"/> to refuse it.</summary>
    Task OnDeletingAsync(TResource resource, CancellationToken cancellationToken);

    /// <summary>The <c>meta</c> object of one resource, or null for none. Return cached instances: this runs per resource written.</summary>
    IReadOnlyDictionary<string, string>? GetMeta(TResource resource);

    IReadOnlyDictionary<string, string>? IResourceDefinition.GetMeta(object resource) => GetMeta((TResource)resource);
}
