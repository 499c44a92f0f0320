using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// The members of to-many relationships that one write moves: each joins (its to-one now points at the owner) or leaves
/// (its to-one is cleared). The foreign key is on the member, so the write is the member's as much as the owner's: its own
/// definition judges it as it would a write of that to-one, and an error it raises points at the member in the request
/// body. Members that stay where they are are not judged again.
/// </summary>
internal sealed class MovedMembers
{
    private readonly List<(InverseToOne Inverse, object Member, string Pointer)> _moved = [];

    public bool IsEmpty => _moved.Count == 0;

    /// <summary>A member that now points at the owner; <paramref name="pointer"/> is its identifier in the request body.</summary>
    public void Joining(InverseToOne inverse, object member, string pointer) => _moved.Add((inverse, member, pointer));

    /// <summary>
    /// A member whose to-one is cleared; <paramref name="pointer"/> is its identifier in the body, or the linkage when the
    /// body does not name it (replaced out). A member that needs its to-one is refused at once, as clearing it directly is.
    /// </summary>
    public void Leaving(InverseToOne inverse, object member, string pointer)
    {
        if (inverse.Relationship.IsRequired)
        {
            throw RelationshipErrors.Required(inverse.Relationship.Owner, inverse.Relationship, pointer);
        }

        _moved.Add((inverse, member, pointer));
    }

    /// <summary>Lets each member's definition check it before the save; throws every member's refusal at once.</summary>
    public async Task OnWritingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        List<ErrorObject> errors = [];
        foreach (var (inverse, member, pointer) in _moved)
        {
            try
            {
                await inverse.OnWritingAsync(services, member, cancellationToken);
            }
            catch (JsonApiException exception)
            {
                // The member's definition points into a body of the member; this body names the member only.
                errors.AddRange(exception.Errors.Select(error => error with { Pointer = pointer }));
            }
        }

        if (errors.Count > 0)
        {
            throw new JsonApiException(errors);
        }
    }

    /// <summary>Lets each member's definition react to the saved write, inside the same transaction.</summary>
    public async Task OnWriteSucceededAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var (inverse, member, _) in _moved)
        {
            await inverse.OnWriteSucceededAsync(services, member, cancellationToken);
        }
    }
}
