using System.Collections;
using System.Collections.Frozen;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The writes of the relationship endpoints, through the same pipeline as resource writes.</summary>
public sealed partial class JsonApiResourceService<TResource>
{
    /// <summary>Sets or clears a to-one relationship, or replaces every member of a to-many one.</summary>
    public Task SetRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.SetRelationship, AssignRelationshipAsync, cancellationToken);

    /// <summary>Adds members to a to-many relationship; members already in it stay as they are.</summary>
    public Task AddToRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.AddToRelationship, AddMembersAsync, cancellationToken);

    /// <summary>Removes members from a to-many relationship; members not in it are no error.</summary>
    public Task RemoveFromRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.RemoveFromRelationship, RemoveMembersAsync, cancellationToken);

    private Task<TResource> ChangeRelationshipAsync(
        long id,
        RelationshipRequest linkage,
        WriteOperation operation,
        Func<TResource, RelationshipRequest, CancellationToken, Task> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(linkage);
        RelationshipChangeRules.EnsureAllowed(linkage.Relationship, operation);
        var context = new WriteContext(operation, FrozenSet<AttrField>.Empty, new[] { linkage.Relationship }.ToFrozenSet());
        return WriteAsync(
            () => GetTrackedAsync(id, cancellationToken),
            async resource =>
            {
                await change(resource, linkage, cancellationToken);
                return context;
            },
            cancellationToken);
    }

    // Loading the named resources tracked lets EF Core's relationship fix-up put those that already belong to this
    // resource into its collection (the inverse is a foreign key on their rows), so the rest of a possibly long
    // collection is never read.
    private async Task AddMembersAsync(TResource resource, RelationshipRequest linkage, CancellationToken cancellationToken)
    {
        var members = MembersOf(resource, linkage.Relationship);
        foreach (object related in await LoadRelatedAsync(linkage, cancellationToken))
        {
            if (!members.Contains(related))
            {
                members.Add(related);
            }
        }
    }

    private async Task RemoveMembersAsync(TResource resource, RelationshipRequest linkage, CancellationToken cancellationToken)
    {
        var members = MembersOf(resource, linkage.Relationship);
        foreach (object related in await LoadRelatedAsync(linkage, cancellationToken))
        {
            members.Remove(related);
        }
    }

    private static IList MembersOf(TResource resource, RelationshipField relationship) =>
        (IList)(relationship.GetValue(resource) ?? throw new InvalidOperationException($"'{relationship.PublicName}' has no collection."));
}
