using System.Linq.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// The scope of a resource type for the current caller as a predicate over one resource (<c>Func&lt;T, bool&gt;</c>),
/// or null when the type is not narrowed; a projection applies it to every resource it reaches through a relationship.
/// </summary>
public delegate LambdaExpression? ScopeFilterLookup(ResourceType resourceType);
