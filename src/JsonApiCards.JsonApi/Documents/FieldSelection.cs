using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>The attributes and relationships a sparse fieldset keeps for one resource type.</summary>
public sealed record FieldSelection(IReadOnlySet<AttrField> Attributes, IReadOnlySet<RelationshipField> Relationships);
