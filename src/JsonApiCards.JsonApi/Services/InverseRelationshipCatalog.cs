using System.Collections.Frozen;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// For every to-many relationship whose foreign key is on its members, the members' to-one back to the owner, read once
/// from the EF Core model (the collection navigation's inverse). A write of such a to-many changes each member's own
/// to-one, so the member's definition judges it (<see cref="MovedMembers"/>).
/// </summary>
internal sealed class InverseRelationshipCatalog
{
    private readonly FrozenDictionary<RelationshipField, InverseToOne> _inverses;

    public InverseRelationshipCatalog(ResourceGraph resourceGraph, IModel model)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        ArgumentNullException.ThrowIfNull(model);
        var inverses = new Dictionary<RelationshipField, InverseToOne>();
        foreach (ResourceType resourceType in resourceGraph.ResourceTypes)
        {
            IEntityType? entityType = model.FindEntityType(resourceType.ClrType);
            foreach (RelationshipField toMany in resourceType.Relationships.Where(relationship => relationship.IsToMany))
            {
                if (entityType?.FindNavigation(toMany.Property.Name) is { IsCollection: true, Inverse: { } inverse }
                    && toMany.RightType.Relationships.FirstOrDefault(relationship => !relationship.IsToMany && relationship.Property.Name == inverse.Name) is { } toOne)
                {
                    inverses[toMany] = new InverseToOne(toOne);
                }
            }
        }

        _inverses = inverses.ToFrozenDictionary();
    }

    /// <summary>The members' to-one of a to-many relationship, or null when the members have none in the graph.</summary>
    public InverseToOne? Find(RelationshipField toMany) => _inverses.GetValueOrDefault(toMany);
}
