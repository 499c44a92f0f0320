using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>One relationship to include in a compound document, with the relationships to include below it.</summary>
public sealed record IncludeNode(RelationshipField Relationship, IReadOnlyList<IncludeNode> Children);
