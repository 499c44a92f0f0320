using System.Globalization;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Keyset;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Reads and writes one resource type through EF Core: every query goes through the definition's scope,
/// every write through its hooks and one transaction.
/// </summary>
/// <typeparam name="TResource">The entity type.</typeparam>
public sealed partial class JsonApiResourceService<TResource>
    where TResource : class, IIdentifiable, new()
{
    private readonly DbContext _dbContext;
    private readonly IResourceDefinition<TResource> _definition;
    private readonly ResourceByIdLoader _resourceByIdLoader;
    private readonly ProjectionColumnCatalog _columns;
    private readonly CompiledSingleReads _singleReads;
    private readonly ResourceDefinitionProvider _definitions;
    private readonly InverseRelationshipCatalog _inverses;
    private readonly ConcurrencyToken? _concurrencyToken;
    private readonly IServiceProvider _services;
    private readonly IRowLocks? _rowLocks;

    // Made on first use: a compiled single read needs no lookup of the included types' scopes.
    private ScopeFilterLookup? _scopes;

    // Internal: the layer registers one service per resource it was given (see JsonApiResourceBuilder), over its own plumbing.
    internal JsonApiResourceService(
        JsonApiDbContextAccessor dbContextAccessor,
        IResourceDefinition<TResource> definition,
        ResourceGraph resourceGraph,
        ResourceByIdLoader resourceByIdLoader,
        ProjectionColumnCatalog columns,
        CompiledSingleReads singleReads,
        ResourceDefinitionProvider definitions,
        InverseRelationshipCatalog inverses,
        ConcurrencyTokens concurrencyTokens,
        IRowLocks? rowLocks,
        IServiceProvider services)
    {
        _dbContext = dbContextAccessor.DbContext;
        _definition = definition;
        _resourceByIdLoader = resourceByIdLoader;
        _columns = columns;
        _singleReads = singleReads;
        _definitions = definitions;
        _inverses = inverses;
        _services = services;
        _rowLocks = rowLocks;
        ResourceType = resourceGraph.GetResourceType<TResource>();
        _concurrencyToken = concurrencyTokens.Find(ResourceType);
    }

    private ScopeFilterLookup Scopes => _scopes ??= _definitions.ScopeFilters(_services);

    /// <summary>The resource type served.</summary>
    public ResourceType ResourceType { get; }

    /// <summary>The definition's scope over the entity set, untracked: the base of every read.</summary>
    public IQueryable<TResource> ScopedQuery => _definition.OnApplyScope(_dbContext.Set<TResource>().AsNoTracking());

    /// <summary>
    /// Counts the matching resources and reads one page of them, projected to the columns the request needs. The definition
    /// may know the count for the request's filter (<see cref="IResourceDefinition{TResource}.CountAsync"/>).
    /// </summary>
    public async Task<(IReadOnlyList<TResource> Page, long RecordCount)> GetPageAsync(ResourceQuery<TResource> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        long? knownCount = await _definition.CountAsync(query.Layer.Filter, cancellationToken);
        if (knownCount is not null || !ToManySubqueries.In(query.Layer.Filter) || _dbContext.Database.CurrentTransaction is not null)
        {
            // A count of plain columns is cheap and, when it finds nothing, saves the page statement. Inside a transaction
            // the count must see the transaction's own rows, so it runs on the same connection.
            return await ProjectedReads.ReadPageAsync(ScopedQuery, query.Layer, _columns, Scopes, knownCount, cancellationToken);
        }

        // A filter through a to-many relationship makes both statements build the same lists of keys: they run side by side.
        await using AsyncServiceScope countScope = _services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        DbContext countContext = countScope.ServiceProvider.GetRequiredService<JsonApiDbContextAccessor>().DbContext;
        IQueryable<TResource> scopedForCount = _definition.OnApplyScope(countContext.Set<TResource>().AsNoTracking());
        return await ProjectedReads.ReadPageCountingAlongsideAsync(ScopedQuery, scopedForCount, query.Layer, _columns, Scopes, cancellationToken);
    }

    /// <summary>Reads one page by cursor (<see cref="KeysetReads"/>), projected to the columns the request needs; counts nothing.</summary>
    internal Task<KeysetPage<TResource>> GetCursorPageAsync(ResourceQuery<TResource> query, KeysetRequest keyset, CancellationToken cancellationToken) =>
        KeysetReads.ReadPageAsync(ScopedQuery, query.Layer, keyset, _columns, Scopes, cancellationToken);

    /// <summary>
    /// Reads one resource, projected to the columns the request needs, or throws 404. Without a filter or includes it runs
    /// a compiled query (<see cref="CompiledSingleReads"/>) when the definition's scope allows one.
    /// </summary>
    public async Task<TResource> GetAsync(long id, ResourceQuery<TResource> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        TResource? resource = _singleReads.Find(_definition, ResourceType, query.Layer, _columns) is { } read
            ? await read(_dbContext, id, cancellationToken)
            : await ProjectedReads.ReadFirstAsync(ScopedQuery.Where(resource => resource.Id == id), query.Layer, _columns, Scopes, cancellationToken);
        return resource ?? throw ResourceErrors.NotFound(ResourceType, id);
    }

    /// <summary>Creates a resource from a request body; returns the tracked entity as saved, with every column set.</summary>
    public Task<TResource> CreateAsync(ResourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(
            () => Task.FromResult(_dbContext.Add(new TResource()).Entity),
            (resource, moved) => AssignAsync(resource, request, WriteOperation.Create, moved, cancellationToken),
            precondition: null,
            touchesResource: false,
            cancellationToken);
    }

    /// <summary>Changes a resource from a request body; returns the tracked entity as saved, with every column set.</summary>
    public Task<TResource> UpdateAsync(long id, ResourceRequest request, CancellationToken cancellationToken) =>
        UpdateAsync(id, request, precondition: null, cancellationToken);

    /// <summary>Changes a resource from a request body if it meets <paramref name="precondition"/> (else 412).</summary>
    internal Task<TResource> UpdateAsync(long id, ResourceRequest request, WritePrecondition? precondition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(
            () => GetTrackedAsync(id, cancellationToken),
            (resource, moved) => AssignAsync(resource, request, WriteOperation.Update, moved, cancellationToken),
            precondition,
            touchesResource: precondition is not null,
            cancellationToken);
    }

    /// <summary>Deletes a resource.</summary>
    public Task DeleteAsync(long id, CancellationToken cancellationToken) => DeleteAsync(id, precondition: null, cancellationToken);

    /// <summary>Deletes a resource if it meets <paramref name="precondition"/> (else 412): the <c>DELETE</c> names the token read.</summary>
    internal async Task DeleteAsync(long id, WritePrecondition? precondition, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginUnlessJoinedAsync(cancellationToken);
        TResource resource = await GetTrackedAsync(id, cancellationToken);
        Require(precondition, resource);
        await _definition.OnDeletingAsync(resource, cancellationToken);
        _dbContext.Remove(resource);
        await SaveAsync(precondition, cancellationToken);
        await CommitOwnAsync(transaction, cancellationToken);
    }

    /// <summary>
    /// Reads one resource for change, or throws 404. Where the database needs it (<see cref="IRowLocks"/>), the row stays
    /// locked until the write's transaction ends, so concurrent writes to one resource queue rather than overtake each other.
    /// </summary>
    public async Task<TResource> GetTrackedAsync(long id, CancellationToken cancellationToken)
    {
        IQueryable<TResource> rows = _rowLocks?.Locked<TResource>(_dbContext, id) ?? _dbContext.Set<TResource>();
        return await _definition.OnApplyScope(rows).FirstOrDefaultAsync(resource => resource.Id == id, cancellationToken)
            ?? throw ResourceErrors.NotFound(ResourceType, id);
    }

    /// <summary>
    /// One write, in one transaction: assign the request, let the definition check it, save, let the definition react, save
    /// what it changed (nothing to save costs no second statement). Resource bodies and relationship endpoints both come
    /// through here, so definitions see every change. Members of a to-many that the write moves (their foreign key changes)
    /// are checked and told by their own definitions after this resource's (<see cref="MovedMembers"/>). A key violation or
    /// a busy database surfaces as the provider's exception, which the error middleware turns into a 409 or 503 through the
    /// registered <see cref="Errors.IDatabaseFailureClassifier"/>.
    /// </summary>
    /// <param name="findTarget">Finds (or adds) the resource written.</param>
    /// <param name="assign">Assigns the request to it.</param>
    /// <param name="precondition">An <c>If-Match</c> the resource must meet, checked on the row read and again by the database.</param>
    /// <param name="touchesResource">
    /// Whether the resource's own row is written even when none of its columns change: a conditional write (so the database
    /// checks the token) and a relationship change (which changes the resource's version, also when only the members' rows change).
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    private async Task<TResource> WriteAsync(
        Func<Task<TResource>> findTarget,
        Func<TResource, MovedMembers, Task<WriteContext>> assign,
        WritePrecondition? precondition,
        bool touchesResource,
        CancellationToken cancellationToken)
    {
        await using var transaction = await BeginUnlessJoinedAsync(cancellationToken);
        TResource resource = await findTarget();
        Require(precondition, resource);
        if (touchesResource)
        {
            Touch(resource);
        }

        var moved = new MovedMembers();
        var context = await assign(resource, moved);
        if (!moved.IsEmpty)
        {
            // Fixes up the moved members' foreign keys and navigations now, as saving would, so their definitions see them.
            _dbContext.ChangeTracker.DetectChanges();
        }

        await _definition.OnWritingAsync(resource, context, cancellationToken);
        await moved.OnWritingAsync(_services, cancellationToken);
        await SaveAsync(precondition, cancellationToken);
        await _definition.OnWriteSucceededAsync(resource, context, cancellationToken);
        await moved.OnWriteSucceededAsync(_services, cancellationToken);
        if (_dbContext.ChangeTracker.HasChanges())
        {
            // What the definitions changed in reaction (other rows): the client's precondition was about this resource, met above.
            await SaveAsync(precondition: null, cancellationToken);
        }

        await CommitOwnAsync(transaction, cancellationToken);
        return resource;
    }

    /// <summary>
    /// A transaction of this write's own, or none when the caller already opened one: the atomic operations extension runs
    /// several writes in one transaction, which commits or rolls back all of them together.
    /// </summary>
    private async Task<IDbContextTransaction?> BeginUnlessJoinedAsync(CancellationToken cancellationToken) =>
        _dbContext.Database.CurrentTransaction is null ? await _dbContext.Database.BeginTransactionAsync(cancellationToken) : null;

    private static async Task CommitOwnAsync(IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Throws 412 when the resource read does not meet the precondition.</summary>
    private void Require(WritePrecondition? precondition, TResource resource)
    {
        if (precondition is null || precondition.AnyVersion)
        {
            return;
        }

        if (_concurrencyToken is null || !precondition.IsMetBy(_concurrencyToken.Read(resource)))
        {
            throw PreconditionErrors.Failed();
        }
    }

    /// <summary>Makes the next save write the resource's row, so that its token is checked and changes.</summary>
    private void Touch(TResource resource)
    {
        if (_concurrencyToken is null)
        {
            return;
        }

        var entry = _dbContext.Entry(resource);
        if (entry.State != EntityState.Unchanged)
        {
            return;
        }

        if (_concurrencyToken.IsStoreGenerated)
        {
            // The database changes such a token on any update of the row (PostgreSQL's xmin), so the row is written as it is.
            entry.State = EntityState.Modified;
        }
        else
        {
            entry.Property(_concurrencyToken.PropertyName).IsModified = true;
        }
    }

    /// <summary>
    /// Saves; a row whose token no longer holds the value read (a concurrent write won) changed nothing, which is a 412
    /// for a conditional write, and a 409 for another: what the client sent was judged against a resource that is gone.
    /// Within one service the row lock or the write queue keeps the 409 from happening; it is left for a writer the service
    /// cannot queue (another process on the same SQLite file).
    /// </summary>
    private async Task SaveAsync(WritePrecondition? precondition, CancellationToken cancellationToken)
    {
        try
        {
            await _dbContext.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw precondition is null ? PreconditionErrors.ChangedMeanwhile() : PreconditionErrors.Failed();
        }
    }

    private async Task<WriteContext> AssignAsync(TResource resource, ResourceRequest request, WriteOperation operation, MovedMembers moved, CancellationToken cancellationToken)
    {
        foreach (var (attribute, value) in request.Attributes)
        {
            attribute.SetValue!(resource, value);
        }

        foreach (var (relationship, linkage) in request.Relationships)
        {
            await AssignRelationshipAsync(resource, linkage, moved, cancellationToken);
        }

        return new WriteContext(operation, request.Attributes.Keys.ToHashSet(), request.Relationships.Keys.ToHashSet());
    }

    /// <summary>
    /// Points a relationship of a tracked resource at the linkage given, checking every related resource exists and is visible.
    /// Members a to-many takes in or lets go are not judged by their own definitions here; the service's writes do that.
    /// </summary>
    public Task AssignRelationshipAsync(TResource resource, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        AssignRelationshipAsync(resource, linkage, new MovedMembers(), cancellationToken);

    private async Task AssignRelationshipAsync(TResource resource, RelationshipRequest linkage, MovedMembers moved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(linkage);
        RelationshipField relationship = linkage.Relationship;
        var related = await LoadRelatedAsync(linkage, cancellationToken);

        if (relationship.IsToMany)
        {
            var collection = MembersOf(resource, relationship);
            await _dbContext.Entry(resource).Collection(relationship.Property.Name).LoadAsync(cancellationToken);
            if (_inverses.Find(relationship) is { } inverse)
            {
                var kept = related.ToHashSet(ReferenceEqualityComparer.Instance);
                foreach (object member in collection)
                {
                    if (!kept.Contains(member))
                    {
                        moved.Leaving(inverse, member, linkage.Pointer);
                    }
                }

                for (int index = 0; index < related.Count; index++)
                {
                    if (!collection.Contains(related[index]))
                    {
                        moved.Joining(inverse, related[index], linkage.PointerTo(index));
                    }
                }
            }

            collection.Clear();
            foreach (object item in related)
            {
                collection.Add(item);
            }

            return;
        }

        if (related.Count == 0 && relationship.IsRequired)
        {
            throw RelationshipErrors.Required(ResourceType, relationship, linkage.Pointer);
        }

        relationship.SetValue!(resource, related.Count == 0 ? null : related[0]);
        relationship.SetForeignKey!(resource, related.Count == 0 ? null : ((IIdentifiable)related[0]).Id);
    }

    /// <summary>Loads the resources a linkage names, tracked; throws 404 with the pointer when one is missing.</summary>
    public async Task<List<object>> LoadRelatedAsync(RelationshipRequest linkage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(linkage);
        if (linkage.Ids.Count == 0)
        {
            return [];
        }

        ResourceType rightType = linkage.Relationship.RightType;
        var found = (await _resourceByIdLoader.LoadAsync(_services, _dbContext, rightType, linkage.Ids, tracked: true, cancellationToken))
            .ToDictionary(item => ((IIdentifiable)item).Id);
        var related = new List<object>(linkage.Ids.Count);
        for (int index = 0; index < linkage.Ids.Count; index++)
        {
            long id = linkage.Ids[index];
            if (!found.TryGetValue(id, out object? item))
            {
                throw ResourceErrors.RelatedNotFound(rightType, id.ToString(CultureInfo.InvariantCulture), linkage.PointerTo(index));
            }

            related.Add(item);
        }

        return related;
    }
}
