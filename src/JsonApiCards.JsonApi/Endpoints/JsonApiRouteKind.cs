namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Which of the routes every resource gets an endpoint is: what describes it (OpenAPI) reads this rather than its name or pattern.</summary>
internal enum JsonApiRouteKind
{
    Collection,
    Create,
    Single,
    Update,
    Delete,
    Relationship,
    Related,
    SetRelationship,
    AddToRelationship,
    RemoveFromRelationship,
}
