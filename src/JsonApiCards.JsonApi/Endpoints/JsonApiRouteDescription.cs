using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Endpoints;

/// <summary>Endpoint metadata of a JSON:API route: the resource type it serves and which of its routes it is.</summary>
internal sealed record JsonApiRouteDescription(ResourceType ResourceType, JsonApiRouteKind Kind)
{
    /// <summary>Whether the route's pattern holds <c>{relationship}</c>, one route for every relationship of the type.</summary>
    public bool IsPerRelationship => Kind is JsonApiRouteKind.Relationship or JsonApiRouteKind.Related
        or JsonApiRouteKind.SetRelationship or JsonApiRouteKind.AddToRelationship or JsonApiRouteKind.RemoveFromRelationship;
}
