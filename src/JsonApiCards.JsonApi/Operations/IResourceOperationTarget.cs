using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Services;

namespace JsonApiCards.JsonApi.Operations;

/// <summary>The writes of one resource type's service, for an operation that knows the type only at run time.</summary>
internal interface IResourceOperationTarget
{
    Task<object> CreateAsync(IServiceProvider services, ResourceRequest request, CancellationToken cancellationToken);

    Task<object> UpdateAsync(IServiceProvider services, long id, ResourceRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(IServiceProvider services, long id, CancellationToken cancellationToken);

    Task ChangeRelationshipAsync(IServiceProvider services, long id, WriteOperation operation, RelationshipRequest linkage, CancellationToken cancellationToken);
}
