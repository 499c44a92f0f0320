using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// EF Core compiled queries for the commonest read, one resource by id through its scope and a cached projection, so that
/// a GET of one resource skips building, funcletizing and hashing the query tree on every request.
/// </summary>
/// <remarks>
/// One compiled query per scope instance and projection instance: definitions hand out one scope instance per kind of
/// caller (such as one per mode), and projections without includes are cached per sparse fieldset. The scope's values
/// (<see cref="ScopeParameterizer"/>) and the id are parameters read on every call, so no caller's values are frozen into
/// a query. Both maps are bounded; past their bounds, and for scopes that cannot be split, reads take the ordinary path.
/// </remarks>
internal sealed class CompiledSingleReads
{
    /// <summary>The most scope instances given compiled reads; a definition that makes a new scope per request stops here.</summary>
    public const int ScopeCapacity = 256;

    /// <summary>The most projections (sparse fieldsets) compiled per scope instance.</summary>
    public const int ProjectionsPerScope = 64;

    private static readonly MethodInfo SetMethod = GenericMethod.Of((DbContext context) => context.Set<object>());
    private static readonly MethodInfo AsNoTrackingMethod = GenericMethod.Of((IQueryable<object> query) => query.AsNoTracking());
    private static readonly MethodInfo WhereMethod = GenericMethod.Of((IQueryable<object> query) => query.Where(item => true));
    private static readonly MethodInfo SelectMethod = GenericMethod.Of((IQueryable<object> query) => query.Select(item => item));
    private static readonly MethodInfo FirstOrDefaultMethod = GenericMethod.Of((IQueryable<object> query) => query.FirstOrDefault());

    private readonly ConditionalWeakTable<LambdaExpression, ScopeReads> _byScope = new();

    // Whether a definition type scopes through its ScopeFilter alone: worked out once per type, by reflection.
    private readonly ConcurrentDictionary<Type, bool> _scopesThroughFilterOnly = new();
    private int _scopeCount;

    /// <summary>How many compiled queries were made, for tests of reuse.</summary>
    internal int CompiledCount => _compiledCount;

    private int _compiledCount;

    /// <summary>
    /// The compiled read for a request of one <typeparamref name="TResource"/> by id, or null for the ordinary path. A request
    /// gets one when its layer only projects (no filter, no includes) and <paramref name="definition"/> scopes through its
    /// <see cref="IResourceDefinition{TResource}.ScopeFilter"/> alone: it keeps the base <c>OnApplyScope</c>, which applies
    /// exactly that filter, so the compiled query can apply it in its place. Only a projection later requests share is
    /// compiled; one built for this request alone would cost a compilation and never be reused.
    /// </summary>
    public Func<DbContext, long, CancellationToken, Task<TResource?>>? Find<TResource>(IResourceDefinition<TResource> definition, ResourceType resourceType, QueryLayer layer, ProjectionColumnCatalog columns)
        where TResource : class
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(layer);
        return layer.Filter is null && definition.ScopeFilter is { } scope && ScopesThroughFilterOnly<TResource>(definition.GetType())
            && SelectClauseBuilder.TryGetShared(layer, columns, out LambdaExpression? projection)
            ? Get<TResource>(resourceType, scope, projection)
            : null;
    }

    /// <summary>
    /// The compiled read of one <typeparamref name="TResource"/> by id, under <paramref name="scope"/> and through
    /// <paramref name="projection"/>; null when this scope or projection gets no compiled read.
    /// </summary>
    public Func<DbContext, long, CancellationToken, Task<TResource?>>? Get<TResource>(ResourceType resourceType, LambdaExpression scope, LambdaExpression projection)
        where TResource : class
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        if (!_byScope.TryGetValue(scope, out ScopeReads? reads))
        {
            if (Interlocked.Increment(ref _scopeCount) > ScopeCapacity)
            {
                Interlocked.Decrement(ref _scopeCount);
                return null;
            }

            reads = _byScope.GetValue(scope, static scope => new ScopeReads(ScopeParameterizer.TryParameterize(scope)));
        }

        if (reads.Scope is null)
        {
            return null;
        }

        if (reads.ByProjection.TryGetValue(projection, out Delegate? read))
        {
            return (Func<DbContext, long, CancellationToken, Task<TResource?>>)read;
        }

        if (reads.ByProjection.Count >= ProjectionsPerScope)
        {
            return null;
        }

        return (Func<DbContext, long, CancellationToken, Task<TResource?>>)reads.ByProjection.GetOrAdd(projection, projection =>
        {
            Interlocked.Increment(ref _compiledCount);
            return Compile<TResource>(resourceType.Id.Property, reads.Scope, projection);
        });
    }

    // The interface map, not a lookup by name: an explicit implementation of OnApplyScope is private and has another name,
    // so a public lookup would find the base's method and skip the definition's own narrowing.
    private bool ScopesThroughFilterOnly<TResource>(Type definitionType)
        where TResource : class =>
        _scopesThroughFilterOnly.GetOrAdd(definitionType, static type =>
        {
            InterfaceMapping map = type.GetInterfaceMap(typeof(IResourceDefinition<TResource>));
            int onApplyScope = Array.FindIndex(map.InterfaceMethods, method => method.Name == nameof(IResourceDefinition<TResource>.OnApplyScope));
            return map.TargetMethods[onApplyScope].DeclaringType == typeof(JsonApiResourceDefinition<TResource>);
        });

    /// <summary>
    /// Compiles <c>(context, id, scope values..., cancellationToken) =&gt; context.Set&lt;T&gt;().AsNoTracking().Where(scope)
    /// .Where(r =&gt; r.Id == id).Select(projection).FirstOrDefault()</c>, then wraps it in a delegate that reads the scope's
    /// current values and passes them in.
    /// </summary>
    private static Func<DbContext, long, CancellationToken, Task<TResource?>> Compile<TResource>(PropertyInfo idProperty, ParameterizedScope scope, LambdaExpression projection)
        where TResource : class
    {
        Type type = typeof(TResource);
        ParameterExpression context = Expression.Parameter(typeof(DbContext), "context");
        ParameterExpression id = Expression.Parameter(typeof(long), "id");
        ParameterExpression cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        ParameterExpression resource = Expression.Parameter(type, "resource");

        Expression query = Expression.Call(context, SetMethod.MakeGenericMethod(type));
        query = Expression.Call(AsNoTrackingMethod.MakeGenericMethod(type), query);
        query = Expression.Call(WhereMethod.MakeGenericMethod(type), query, Expression.Quote(Expression.Lambda(scope.Body, scope.Resource)));
        query = Expression.Call(WhereMethod.MakeGenericMethod(type), query,
            Expression.Quote(Expression.Lambda(Expression.Equal(Expression.Property(resource, idProperty), id), resource)));
        query = Expression.Call(SelectMethod.MakeGenericMethod(type, type), query, Expression.Quote(projection));
        query = Expression.Call(FirstOrDefaultMethod.MakeGenericMethod(type), query);

        ParameterExpression[] parameters = [context, id, .. scope.Placeholders, cancellationToken];
        LambdaExpression queryLambda = Expression.Lambda(query, parameters);
        Type[] typeArguments = [typeof(DbContext), typeof(long), .. scope.Placeholders.Select(placeholder => placeholder.Type), type];
        var compiled = (Delegate)CompileAsyncQuery(typeArguments.Length).MakeGenericMethod(typeArguments).Invoke(null, [queryLambda])!;

        // The scope's values are evaluated on every call, from the scope instance the definition handed out.
        Expression call = Expression.Invoke(Expression.Constant(compiled), [context, id, .. scope.Values, cancellationToken]);
        return Expression.Lambda<Func<DbContext, long, CancellationToken, Task<TResource?>>>(call, context, id, cancellationToken).Compile();
    }

    /// <summary>
    /// <c>EF.CompileAsyncQuery</c> for a single result with a cancellation token, of the given number of type arguments. The
    /// one lookup by shape rather than <see cref="GenericMethod.Of"/>: the overload depends on a count known only at run time.
    /// </summary>
    private static MethodInfo CompileAsyncQuery(int typeArgumentCount) =>
        typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(method =>
            method.Name == nameof(EF.CompileAsyncQuery)
            && method.GetGenericArguments().Length == typeArgumentCount
            && method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments() is var delegateArguments
            && delegateArguments[^1].IsGenericParameter
            && delegateArguments[^2] == typeof(CancellationToken));

    private sealed class ScopeReads(ParameterizedScope? scope)
    {
        public ParameterizedScope? Scope { get; } = scope;

        public ConcurrentDictionary<LambdaExpression, Delegate> ByProjection { get; } = new();
    }
}
