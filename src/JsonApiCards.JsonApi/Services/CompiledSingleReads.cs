using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// EF Core compiled queries for the commonest read, one resource by id through its scope and a cached projection, so that
/// a GET of one resource skips building, funcletizing and hashing the query tree on every request.
/// </summary>
/// <remarks>
/// One compiled query per scope shape and projection instance. A scope's shape is its template (<see cref="ScopeParameterizer"/>)
/// with the reads of the caller's values: the scope instances a definition hands out per kind of caller (one per mode) or
/// builds per request (one per customer, capturing that customer) share the compiled query of their shape, and each call
/// passes the values of its own instance as parameters, so no caller's values are frozen into a query. Shapes come from
/// code, so there are few; past <see cref="ScopeCapacity"/> the least recently used one makes room, so a new shape always
/// gets a compiled read. Projections without includes are cached per sparse fieldset, at most
/// <see cref="ProjectionsPerScope"/> per shape; past that, and for scopes that cannot be split, reads take the ordinary path.
/// </remarks>
internal sealed class CompiledSingleReads
{
    /// <summary>The most scope shapes kept with their compiled reads; past it, the least recently used shape is dropped.</summary>
    public const int ScopeCapacity = 256;

    /// <summary>The most projections (sparse fieldsets) compiled per scope shape.</summary>
    public const int ProjectionsPerScope = 64;

    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), genericParameterCount: 1, Type.EmptyTypes)!;
    private static readonly MethodInfo AsNoTrackingMethod = GenericMethod.Of<IQueryable<object>, IQueryable<object>>(EntityFrameworkQueryableExtensions.AsNoTracking);
    private static readonly MethodInfo WhereMethod = GenericMethod.Of<IQueryable<object>, Expression<Func<object, bool>>, IQueryable<object>>(Queryable.Where);
    private static readonly MethodInfo SelectMethod = GenericMethod.Of<IQueryable<object>, Expression<Func<object, object>>, IQueryable<object>>(Queryable.Select);
    private static readonly MethodInfo FirstOrDefaultMethod = GenericMethod.Of<IQueryable<object>, object?>(Queryable.FirstOrDefault);

    // Per scope instance (weakly, so a per-request instance goes with its request): its shape and its captured objects.
    private readonly ConditionalWeakTable<LambdaExpression, ScopeInstance> _byInstance = new();
    private readonly ConcurrentDictionary<ScopeShape, ShapeReads> _byShape = new();
    private readonly Lock _evictionGate = new();

    // Whether a definition type scopes through its ScopeFilter alone: worked out once per type, by reflection.
    private readonly ConcurrentDictionary<Type, bool> _scopesThroughFilterOnly = new();
    private long _useClock;

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
        ScopeInstance instance = _byInstance.GetValue(scope, static scope => new ScopeInstance(ScopeParameterizer.TryParameterize(scope)));
        if (instance.Scope is not { } parameterized)
        {
            return null;
        }

        if (instance.Bound.TryGetValue(projection, out Delegate? bound) && instance.Shape is { IsEvicted: false })
        {
            instance.Shape.LastUsed = Interlocked.Increment(ref _useClock);
            return (Func<DbContext, long, CancellationToken, Task<TResource?>>)bound;
        }

        ShapeReads shape = ShapeOf(parameterized);
        instance.Shape = shape;
        if (!shape.ByProjection.TryGetValue(projection, out Delegate? read))
        {
            if (shape.ByProjection.Count >= ProjectionsPerScope)
            {
                return null;
            }

            read = shape.ByProjection.GetOrAdd(projection, projection =>
            {
                Interlocked.Increment(ref _compiledCount);
                return Compile<TResource>(resourceType.Id.Property, shape.Scope, projection);
            });
        }

        // The shape's read takes the captured objects; this instance's read passes its own.
        var shared = (Func<DbContext, long, object[], CancellationToken, Task<TResource?>>)read;
        object[] roots = [.. parameterized.RootValues];
        Func<DbContext, long, CancellationToken, Task<TResource?>> ofInstance = (context, id, cancellationToken) => shared(context, id, roots, cancellationToken);
        return (Func<DbContext, long, CancellationToken, Task<TResource?>>)instance.Bound.GetOrAdd(projection, ofInstance);
    }

    private ShapeReads ShapeOf(ParameterizedScope scope)
    {
        var key = new ScopeShape(scope);
        if (!_byShape.TryGetValue(key, out ShapeReads? shape))
        {
            lock (_evictionGate)
            {
                if (!_byShape.TryGetValue(key, out shape))
                {
                    if (_byShape.Count >= ScopeCapacity)
                    {
                        EvictLeastRecentlyUsed();
                    }

                    shape = _byShape.GetOrAdd(key, new ShapeReads(scope));
                }
            }
        }

        shape.LastUsed = Interlocked.Increment(ref _useClock);
        return shape;
    }

    private void EvictLeastRecentlyUsed()
    {
        KeyValuePair<ScopeShape, ShapeReads> oldest = _byShape.MinBy(entry => entry.Value.LastUsed);
        if (_byShape.TryRemove(oldest.Key, out ShapeReads? evicted))
        {
            evicted.IsEvicted = true;
        }
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
    /// .Where(r =&gt; r.Id == id).Select(projection).FirstOrDefault()</c>, then wraps it in a delegate that takes a scope
    /// instance's captured objects, reads the scope's values from them and passes them in.
    /// </summary>
    private static Func<DbContext, long, object[], CancellationToken, Task<TResource?>> Compile<TResource>(PropertyInfo idProperty, ParameterizedScope scope, LambdaExpression projection)
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

        // The scope's values are evaluated on every call, from the captured objects of the scope instance that asked.
        ParameterExpression roots = Expression.Parameter(typeof(object[]), "roots");
        Expression[] values = [.. scope.Values.Select(value => ReadFromRoots(value, scope.Roots, roots))];
        Expression call = Expression.Invoke(Expression.Constant(compiled), [context, id, .. values, cancellationToken]);
        return Expression.Lambda<Func<DbContext, long, object[], CancellationToken, Task<TResource?>>>(call, context, id, roots, cancellationToken).Compile();
    }

    private static Expression ReadFromRoots(Expression value, IReadOnlyList<ParameterExpression> roots, ParameterExpression rootValues)
    {
        for (int index = 0; index < roots.Count; index++)
        {
            Expression captured = Expression.Convert(Expression.ArrayIndex(rootValues, Expression.Constant(index)), roots[index].Type);
            value = new ParameterReplacer(roots[index], captured).Visit(value);
        }

        return value;
    }

    /// <summary>
    /// <c>EF.CompileAsyncQuery</c> for a single result with a cancellation token, of the given number of type arguments. The
    /// one lookup by shape rather than <see cref="GenericMethod"/>: the overload depends on a count known only at run time.
    /// </summary>
    private static MethodInfo CompileAsyncQuery(int typeArgumentCount) =>
        typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(method =>
            method.Name == nameof(EF.CompileAsyncQuery)
            && method.GetGenericArguments().Length == typeArgumentCount
            && method.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments() is var delegateArguments
            && delegateArguments[^1].IsGenericParameter
            && delegateArguments[^2] == typeof(CancellationToken));

    /// <summary>One scope instance: its split (null when it cannot be split), its shape's reads and its own bound reads per projection.</summary>
    private sealed class ScopeInstance(ParameterizedScope? scope)
    {
        public ParameterizedScope? Scope { get; } = scope;

        public ShapeReads? Shape { get; set; }

        public ConcurrentDictionary<LambdaExpression, Delegate> Bound { get; } = new();
    }

    private sealed class ShapeReads(ParameterizedScope scope)
    {
        public ParameterizedScope Scope { get; } = scope;

        public ConcurrentDictionary<LambdaExpression, Delegate> ByProjection { get; } = new();

        public long LastUsed { get; set; }

        public bool IsEvicted { get; set; }
    }

    /// <summary>A scope's shape: its template and the reads of its values, compared by structure (EF Core's comparer), not by instance.</summary>
    private sealed class ScopeShape(ParameterizedScope scope) : IEquatable<ScopeShape>
    {
        private static readonly ExpressionEqualityComparer Structure = ExpressionEqualityComparer.Instance;

        private readonly int _hashCode = HashOf(scope);

        public ParameterizedScope Scope { get; } = scope;

        public bool Equals(ScopeShape? other) =>
            other is not null && _hashCode == other._hashCode
            && Structure.Equals(Scope.Body, other.Scope.Body)
            && Scope.Resource.Type == other.Scope.Resource.Type
            && Scope.Roots.Select(root => root.Type).SequenceEqual(other.Scope.Roots.Select(root => root.Type))
            && Scope.Values.SequenceEqual(other.Scope.Values, Structure);

        public override bool Equals(object? obj) => Equals(obj as ScopeShape);

        public override int GetHashCode() => _hashCode;

        private static int HashOf(ParameterizedScope scope)
        {
            var hash = new HashCode();
            hash.Add(scope.Body, Structure);
            foreach (Expression value in scope.Values)
            {
                hash.Add(value, Structure);
            }

            return hash.ToHashCode();
        }
    }
}
