using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Services;

/// <summary>The resource linkage a request sets for one relationship.</summary>
/// <param name="Relationship">The relationship.</param>
/// <param name="Ids">The related ids: none to clear a to-one, one for a to-one, any number for a to-many.</param>
/// <param name="Pointer">Where the linkage stands in the request body, for errors.</param>
/// <param name="Positions">
/// For a to-many linkage, the index in the body's array of each of <paramref name="Ids"/>: repeated identifiers are
/// read once, so an id's index in <paramref name="Ids"/> is not always its index in the body. Null means the same index.
/// </param>
public sealed record RelationshipRequest(RelationshipField Relationship, IReadOnlyList<long> Ids, string Pointer, IReadOnlyList<int>? Positions = null)
{
    /// <summary>The pointer to the identifier of <c>Ids[index]</c> in the request body.</summary>
    public string PointerTo(int index) =>
        Relationship.IsToMany ? $"{Pointer}/{(Positions is null ? index : Positions[index])}" : Pointer;
}
