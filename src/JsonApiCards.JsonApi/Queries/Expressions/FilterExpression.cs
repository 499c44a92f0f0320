namespace JsonApiCards.JsonApi.Queries.Expressions;

/// <summary>A node that evaluates to true or false for a resource: the root of any filter.</summary>
public abstract class FilterExpression : QueryExpression;
