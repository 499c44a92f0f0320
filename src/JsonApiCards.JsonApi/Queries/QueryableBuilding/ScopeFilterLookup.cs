using System.Linq.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Queries.QueryableBuilding;

/// <summary>
/// The scope of a resource type for the current caller as a predicate over one resource (<c>Func&lt;T, bool&gt;</c>),
/// or null when the type is not narrowed. Filters, sorts and projections apply it to every resource they reach through a
/// relationship, so that none of them reveals a resource the caller may not see.
/// </summary>
public delegate LambdaExpression? ScopeFilterLookup(ResourceType resourceType);
