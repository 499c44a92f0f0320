using System.Collections.Frozen;
using System.Reflection;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// Loads resources of a type known only at run time (the other side of a relationship), always through that
/// type's definition scope, so a caller can never link to what it may not see.
/// </summary>
internal sealed class ResourceByIdLoader
{
    private static readonly MethodInfo LoadMethod = typeof(ResourceByIdLoader).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly FrozenDictionary<ResourceType, Func<IServiceProvider, DbContext, IReadOnlyList<long>, bool, CancellationToken, Task<List<object>>>> _loaders;

    /// <summary>Compiles one loader per resource type.</summary>
    public ResourceByIdLoader(ResourceGraph resourceGraph)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        _loaders = resourceGraph.ResourceTypes.ToFrozenDictionary(
            type => type,
            type => LoadMethod.MakeGenericMethod(type.ClrType).CreateDelegate<Func<IServiceProvider, DbContext, IReadOnlyList<long>, bool, CancellationToken, Task<List<object>>>>());
    }

    /// <summary>Loads the resources with the given ids that the caller may see.</summary>
    public Task<List<object>> LoadAsync(IServiceProvider services, DbContext dbContext, ResourceType resourceType, IReadOnlyList<long> ids, bool tracked, CancellationToken cancellationToken) =>
        _loaders[resourceType](services, dbContext, ids, tracked, cancellationToken);

    private static async Task<List<object>> LoadAsync<TResource>(IServiceProvider services, DbContext dbContext, IReadOnlyList<long> ids, bool tracked, CancellationToken cancellationToken)
        where TResource : class, IIdentifiable
    {
        IQueryable<TResource> query = tracked ? dbContext.Set<TResource>() : dbContext.Set<TResource>().AsNoTracking();
        query = services.GetRequiredService<IResourceDefinition<TResource>>().OnApplyScope(query);
        var idList = ids.ToList();
        var found = await query.Where(resource => idList.Contains(resource.Id)).ToListAsync(cancellationToken);
        return found.Cast<object>().ToList();
    }
}
