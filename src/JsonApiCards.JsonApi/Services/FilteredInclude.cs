using System.Linq.Expressions;
using System.Reflection;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.JsonApi.Services;

/// <summary>Builds <c>Include(x => x.Rel.Where(filter))</c> for a scoped filter such as <c>filter[orders]=...</c>.</summary>
internal static class FilteredInclude
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(method => method.Name == nameof(EntityFrameworkQueryableExtensions.Include) && method.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo WhereMethod = typeof(Enumerable).GetMethods()
        .First(method => method.Name == nameof(Enumerable.Where) && method.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    /// <summary>
    /// Applies the filter to a to-many relationship directly below the primary resource. A deeper path is refused rather
    /// than silently ignored: EF Core cannot filter a collection reached through another collection by include path.
    /// </summary>
    public static IQueryable<TResource> Apply<TResource>(IQueryable<TResource> query, ResourceType resourceType, string path, FilterExpression filter) =>
        resourceType.FindRelationship(path) is { IsToMany: true } relationship
            ? Build(query, relationship.Property, filter)
            : throw new InvalidQueryStringParameterException($"filter[{path}]", $"Scoped filters apply to a to-many relationship of {resourceType.PublicName} itself, such as filter[{resourceType.Relationships.FirstOrDefault(field => field.IsToMany)?.PublicName ?? "relationship"}]; '{path}' is deeper.");

    private static IQueryable<TResource> Build<TResource>(IQueryable<TResource> query, PropertyInfo navigation, FilterExpression filter)
    {
        Type elementType = navigation.PropertyType.GetGenericArguments()[0];
        ParameterExpression parameter = Expression.Parameter(typeof(TResource), "resource");
        LambdaExpression predicate = QueryableBuilder.BuildPredicate(filter, elementType);
        Expression filtered = Expression.Call(WhereMethod.MakeGenericMethod(elementType), Expression.Property(parameter, navigation), predicate);
        Type enumerableType = typeof(IEnumerable<>).MakeGenericType(elementType);
        LambdaExpression selector = Expression.Lambda(filtered, parameter);
        return (IQueryable<TResource>)IncludeMethod.MakeGenericMethod(typeof(TResource), enumerableType).Invoke(null, [query, selector])!;
    }
}
