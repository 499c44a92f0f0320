using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>Hands an operation to the same <see cref="JsonApiResourceService{TResource}"/> the resource's single routes call.</summary>
internal sealed class ResourceOperationTarget<TResource> : IResourceOperationTarget
    where TResource : class, IIdentifiable, new()
{
    public async Task<object> CreateAsync(IServiceProvider services, ResourceRequest request, CancellationToken cancellationToken) =>
        await Service(services).CreateAsync(request, cancellationToken);

    public async Task<object> UpdateAsync(IServiceProvider services, long id, ResourceRequest request, CancellationToken cancellationToken) =>
        await Service(services).UpdateAsync(id, request, cancellationToken);

    public Task DeleteAsync(IServiceProvider services, long id, CancellationToken cancellationToken) =>
        Service(services).DeleteAsync(id, cancellationToken);

    public Task ChangeRelationshipAsync(IServiceProvider services, long id, WriteOperation operation, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        operation switch
        {
            WriteOperation.SetRelationship => Service(services).SetRelationshipAsync(id, linkage, cancellationToken),
            WriteOperation.AddToRelationship => Service(services).AddToRelationshipAsync(id, linkage, cancellationToken),
            WriteOperation.RemoveFromRelationship => Service(services).RemoveFromRelationshipAsync(id, linkage, cancellationToken),
            _ => throw new InvalidOperationException($"'{operation}' is not a relationship change."),
        };

    private static JsonApiResourceService<TResource> Service(IServiceProvider services) =>
        services.GetRequiredService<JsonApiResourceService<TResource>>();
}
