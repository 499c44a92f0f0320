using System.Collections;
using System.Collections.Frozen;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The writes of the relationship endpoints, through the same pipeline as resource writes.</summary>
public sealed partial class JsonApiResourceService<TResource>
{
    /// <summary>Sets or clears a to-one relationship, or replaces every member of a to-many one.</summary>
    public Task SetRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.SetRelationship, precondition: null, cancellationToken);

    /// <summary>Adds members to a to-many relationship; members already in it stay as they are.</summary>
    public Task AddToRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.AddToRelationship, precondition: null, cancellationToken);

    /// <summary>Removes members from a to-many relationship; members not in it are no error.</summary>
    public Task RemoveFromRelationshipAsync(long id, RelationshipRequest linkage, CancellationToken cancellationToken) =>
        ChangeRelationshipAsync(id, linkage, WriteOperation.RemoveFromRelationship, precondition: null, cancellationToken);

    /// <summary>
    /// Changes a relationship as <paramref name="operation"/> says, if the resource meets <paramref name="precondition"/>
    /// (else 412). Every change counts as a change of the resource: its version changes, also when only the members' rows do.
    /// </summary>
    internal async Task<TResource> ChangeRelationshipAsync(
        long id,
        RelationshipRequest linkage,
        WriteOperation operation,
        WritePrecondition? precondition,
        CancellationToken cancellationToken)
    {
        Func<TResource, RelationshipRequest, MovedMembers, CancellationToken, Task> change = operation switch
        {
            WriteOperation.SetRelationship => AssignRelationshipAsync,
            WriteOperation.AddToRelationship => AddMembersAsync,
            WriteOperation.RemoveFromRelationship => RemoveMembersAsync,
            _ => throw new InvalidOperationException($"'{operation}' is not a relationship change."),
        };
        ArgumentNullException.ThrowIfNull(linkage);
        RelationshipChangeRules.EnsureAllowed(linkage.Relationship, operation);
        var context = new WriteContext(operation, FrozenSet<AttrField>.Empty, new[] { linkage.Relationship }.ToFrozenSet());
        try
        {
            return await WriteAsync(
                () => GetTrackedAsync(id, cancellationToken),
                async (resource, moved) =>
                {
                    await change(resource, linkage, moved, cancellationToken);
                    return context;
                },
                precondition,
                touchesResource: true,
                cancellationToken);
        }
        catch (JsonApiException exception) when (exception.Errors.Any(error => error.Pointer is not null))
        {
            throw new JsonApiException(exception.Errors.Select(error => PointedIntoLinkage(error, linkage)).ToList());
        }
    }

    /// <summary>
    /// Definitions point at members of a resource body (<c>/data/relationships/{name}</c>, <c>/data/attributes/{name}</c>);
    /// the body of a relationship endpoint is the linkage alone, so a pointer at the relationship written becomes the
    /// linkage's and a pointer at any other member, which this body does not have, is dropped. Pointers into the
    /// linkage itself stay.
    /// </summary>
    private static ErrorObject PointedIntoLinkage(ErrorObject error, RelationshipRequest linkage)
    {
        if (error.Pointer is not { } pointer || !(pointer.StartsWith("/data/relationships/", StringComparison.Ordinal) || pointer.StartsWith("/data/attributes/", StringComparison.Ordinal)))
        {
            return error;
        }

        return error with { Pointer = pointer == "/data/relationships/" + linkage.Relationship.PublicName ? linkage.Pointer : null };
    }

    // Loading the named resources tracked lets EF Core's relationship fix-up put those that already belong to this
    // resource into its collection (the inverse is a foreign key on their rows), so the rest of a possibly long
    // collection is never read.
    private async Task AddMembersAsync(TResource resource, RelationshipRequest linkage, MovedMembers moved, CancellationToken cancellationToken)
    {
        var members = MembersOf(resource, linkage.Relationship);
        InverseToOne? inverse = _inverses.Find(linkage.Relationship);
        var related = await LoadRelatedAsync(linkage, cancellationToken);
        for (int index = 0; index < related.Count; index++)
        {
            if (!members.Contains(related[index]))
            {
                if (inverse is not null)
                {
                    moved.Joining(inverse, related[index], linkage.PointerTo(index));
                }

                members.Add(related[index]);
            }
        }
    }

    private async Task RemoveMembersAsync(TResource resource, RelationshipRequest linkage, MovedMembers moved, CancellationToken cancellationToken)
    {
        var members = MembersOf(resource, linkage.Relationship);
        InverseToOne? inverse = _inverses.Find(linkage.Relationship);
        var related = await LoadRelatedAsync(linkage, cancellationToken);
        for (int index = 0; index < related.Count; index++)
        {
            if (members.Contains(related[index]))
            {
                if (inverse is not null)
                {
                    moved.Leaving(inverse, related[index], linkage.PointerTo(index));
                }

                members.Remove(related[index]);
            }
        }
    }

    private static IList MembersOf(TResource resource, RelationshipField relationship) =>
        (IList)(relationship.GetValue(resource) ?? throw new InvalidOperationException($"'{relationship.PublicName}' has no collection."));
}
