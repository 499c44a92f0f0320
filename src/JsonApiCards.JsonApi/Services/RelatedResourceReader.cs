using System.Collections.Frozen;
using System.Linq.Expressions;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Reads the resources on the other side of a relationship (<c>GET /api/customers/1/orders</c>) in SQL: the left resource
/// by id through its own scope, the navigation from it, then the right type's scope and the right type's query layer
/// (filter, sort, page, projection). The left resource is only looked up on its own when nothing related was found,
/// to tell an empty relationship from a missing resource (404).
/// </summary>
internal sealed class RelatedResourceReader
{
    private readonly FrozenDictionary<RelationshipField, IRelatedReader> _readers;

    /// <summary>Builds one reader per relationship, with its navigation expression, once.</summary>
    public RelatedResourceReader(ResourceGraph resourceGraph, ProjectionColumnCatalog columns, ResourceDefinitionProvider definitions)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        _readers = resourceGraph.ResourceTypes.SelectMany(type => type.Relationships).ToFrozenDictionary(
            relationship => relationship,
            relationship => (IRelatedReader)Activator.CreateInstance(
                typeof(Reader<,>).MakeGenericType(relationship.Owner.ClrType, relationship.RightClrType), relationship, columns, definitions)!);
    }

    /// <summary>Counts and reads one page of the resources a to-many relationship of the left resource holds; 404 when the left resource is not there.</summary>
    /// <param name="left">The left type's scoped query.</param>
    /// <param name="id">The left resource's id.</param>
    /// <param name="relationship">A to-many relationship of the left type.</param>
    /// <param name="layer">The query layer of the right type.</param>
    /// <param name="services">The request's services, for the right type's definition.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public Task<(IReadOnlyList<object> Page, long RecordCount)> ReadCollectionAsync<TLeft>(IQueryable<TLeft> left, long id, RelationshipField relationship, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken)
        where TLeft : class, IIdentifiable
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return _readers[relationship].ReadCollectionAsync(left, id, layer, services, cancellationToken);
    }

    /// <summary>Reads one page by cursor of the resources a to-many relationship of the left resource holds; 404 when the left resource is not there.</summary>
    public Task<KeysetPage<object>> ReadCursorPageAsync<TLeft>(IQueryable<TLeft> left, long id, RelationshipField relationship, QueryLayer layer, KeysetRequest keyset, IServiceProvider services, CancellationToken cancellationToken)
        where TLeft : class, IIdentifiable
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return _readers[relationship].ReadCursorPageAsync(left, id, layer, keyset, services, cancellationToken);
    }

    /// <summary>Reads the resource a to-one relationship of the left resource points at, or null; 404 when the left resource is not there.</summary>
    public Task<object?> ReadSingleAsync<TLeft>(IQueryable<TLeft> left, long id, RelationshipField relationship, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken)
        where TLeft : class, IIdentifiable
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return _readers[relationship].ReadSingleAsync(left, id, layer, services, cancellationToken);
    }

    /// <summary>
    /// Reads the linkage of a relationship of the left resource: the related ids only, through the right type's scope, as
    /// resources that carry nothing but their id (null for an empty to-one, a list of the first ones in id order for a
    /// to-many, one past <see cref="ProjectionColumnCatalog.MaxToManyLinkage"/>); 404 when the left resource is not there.
    /// </summary>
    public Task<object?> ReadLinkageAsync<TLeft>(IQueryable<TLeft> left, long id, RelationshipField relationship, IServiceProvider services, CancellationToken cancellationToken)
        where TLeft : class, IIdentifiable
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return _readers[relationship].ReadLinkageAsync(left, id, services, cancellationToken);
    }

    private interface IRelatedReader
    {
        Task<(IReadOnlyList<object> Page, long RecordCount)> ReadCollectionAsync(IQueryable left, long id, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken);

        Task<KeysetPage<object>> ReadCursorPageAsync(IQueryable left, long id, QueryLayer layer, KeysetRequest keyset, IServiceProvider services, CancellationToken cancellationToken);

        Task<object?> ReadSingleAsync(IQueryable left, long id, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken);

        Task<object?> ReadLinkageAsync(IQueryable left, long id, IServiceProvider services, CancellationToken cancellationToken);
    }

    private sealed class Reader<TLeft, TRight> : IRelatedReader
        where TLeft : class, IIdentifiable
        where TRight : class, IIdentifiable, new()
    {
        private readonly RelationshipField _relationship;
        private readonly ProjectionColumnCatalog _columns;
        private readonly ResourceDefinitionProvider _definitions;
        private readonly Expression<Func<TLeft, IEnumerable<TRight>>>? _toMany;
        private readonly Expression<Func<TLeft, TRight?>>? _toOne;

        public Reader(RelationshipField relationship, ProjectionColumnCatalog columns, ResourceDefinitionProvider definitions)
        {
            _relationship = relationship;
            _columns = columns;
            _definitions = definitions;
            ParameterExpression resource = Expression.Parameter(typeof(TLeft), "resource");
            MemberExpression navigation = Expression.Property(resource, relationship.Property);
            if (relationship.IsToMany)
            {
                _toMany = Expression.Lambda<Func<TLeft, IEnumerable<TRight>>>(navigation, resource);
            }
            else
            {
                _toOne = Expression.Lambda<Func<TLeft, TRight?>>(navigation, resource);
            }
        }

        public async Task<(IReadOnlyList<object> Page, long RecordCount)> ReadCollectionAsync(IQueryable left, long id, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken)
        {
            IQueryable<TLeft> owner = ((IQueryable<TLeft>)left).Where(resource => resource.Id == id);
            IQueryable<TRight> related = Scope(owner.SelectMany(_toMany ?? throw NotOfKind("to-many")), services);
            var (page, count) = await ProjectedReads.ReadPageAsync(related, layer, _columns, _definitions.ScopeFilters(services), knownCount: null, cancellationToken);
            if (count == 0)
            {
                await RequireAsync(owner, id, cancellationToken);
            }

            return (page, count);
        }

        public async Task<KeysetPage<object>> ReadCursorPageAsync(IQueryable left, long id, QueryLayer layer, KeysetRequest keyset, IServiceProvider services, CancellationToken cancellationToken)
        {
            IQueryable<TLeft> owner = ((IQueryable<TLeft>)left).Where(resource => resource.Id == id);
            IQueryable<TRight> related = Scope(owner.SelectMany(_toMany ?? throw NotOfKind("to-many")), services);
            var page = await KeysetReads.ReadPageAsync(related, layer, keyset, _columns, _definitions.ScopeFilters(services), cancellationToken);
            if (page.Resources.Count == 0)
            {
                await RequireAsync(owner, id, cancellationToken);
            }

            return new KeysetPage<object>(page.Resources, page.HasMore);
        }

        public async Task<object?> ReadSingleAsync(IQueryable left, long id, QueryLayer layer, IServiceProvider services, CancellationToken cancellationToken)
        {
            IQueryable<TLeft> owner = ((IQueryable<TLeft>)left).Where(resource => resource.Id == id);
            IQueryable<TRight> related = Scope(owner.Select(_toOne ?? throw NotOfKind("to-one")).Where(resource => resource != null)!, services);
            TRight? found = await ProjectedReads.ReadFirstAsync(related, layer, _columns, _definitions.ScopeFilters(services), cancellationToken);
            if (found is null)
            {
                await RequireAsync(owner, id, cancellationToken);
            }

            return found;
        }

        public async Task<object?> ReadLinkageAsync(IQueryable left, long id, IServiceProvider services, CancellationToken cancellationToken)
        {
            IQueryable<TLeft> owner = ((IQueryable<TLeft>)left).Where(resource => resource.Id == id);
            IQueryable<TRight> related = _toMany is not null
                ? Scope(owner.SelectMany(_toMany), services)
                : Scope(owner.Select(_toOne!).Where(resource => resource != null)!, services);
            // Bounded in SQL, one past the linkage limit so the writer can say the relationship holds more.
            List<long> ids = await related.Select(resource => resource.Id).OrderBy(relatedId => relatedId).Take(_columns.MaxToManyLinkage + 1).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                await RequireAsync(owner, id, cancellationToken);
            }

            List<object> identifiers = ids.ConvertAll(relatedId => (object)new TRight { Id = relatedId });
            return _toMany is not null ? identifiers : identifiers.FirstOrDefault();
        }

        private static IQueryable<TRight> Scope(IQueryable<TRight> related, IServiceProvider services) =>
            services.GetRequiredService<IResourceDefinition<TRight>>().OnApplyScope(related);

        private async Task RequireAsync(IQueryable<TLeft> owner, long id, CancellationToken cancellationToken)
        {
            if (!await owner.AnyAsync(cancellationToken))
            {
                throw ResourceErrors.NotFound(_relationship.Owner, id);
            }
        }

        private InvalidOperationException NotOfKind(string kind) => new($"Relationship '{_relationship.Owner.PublicName}.{_relationship.PublicName}' is not {kind}.");
    }
}
