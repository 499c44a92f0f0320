using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Validation;

/// <summary>
/// Resolves what a definition declares for query strings (its simple filters and default sort) against the resource graph.
/// A failure is the definition's mistake, not the client's, so it is an <see cref="InvalidOperationException"/>: at
/// start-up, where every declaration is resolved once.
/// </summary>
internal static class DeclaredQueryResolver
{
    /// <summary>The attribute a simple filter compares, checked to allow filtering and, for a range, to be ordered.</summary>
    public static ResourceFieldChainExpression ResolveSimpleFilter(SimpleFilter filter, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(resourceType);
        ResourceFieldChainExpression target;
        try
        {
            RequireType(filter.ResourceClrType, resourceType);
            target = FieldChainResolver.ResolveAttributeChain(resourceType, resourceType.PublicNamesOf(filter.Path), AttrCapabilities.AllowFilter);
        }
        catch (Exception exception) when (exception is QueryValidationException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The simple filter '{filter.Key}' of '{resourceType.PublicName}' is declared wrongly: {exception.Message}", exception);
        }

        if (filter.Kind is SimpleFilterKind.From or SimpleFilterKind.To && !ConstantConverter.IsOrdered(target.Attribute!.Property.PropertyType))
        {
            throw new InvalidOperationException($"The simple filter '{filter.Key}' of '{resourceType.PublicName}' compares '{target}', which is not ordered.");
        }

        return target;
    }

    /// <summary>The sort a definition's keys make; null when it declares none (the layer sorts by id).</summary>
    public static SortExpression? ResolveDefaultSort(IReadOnlyList<SortKey> keys, ResourceType resourceType)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(resourceType);
        if (keys.Count == 0)
        {
            return null;
        }

        try
        {
            return new SortExpression([.. keys.Select(key =>
            {
                RequireType(key.ResourceClrType, resourceType);
                ResourceFieldChainExpression target = FieldChainResolver.ResolveAttributeChain(resourceType, resourceType.PublicNamesOf(key.Path), AttrCapabilities.AllowSort);
                return new SortElementExpression(target, isAscending: !key.IsDescending);
            })]);
        }
        catch (Exception exception) when (exception is QueryValidationException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The default sort '{string.Join(',', keys)}' of {resourceType.PublicName} is not a valid sort: {exception.Message}", exception);
        }
    }

    private static void RequireType(Type declaredFor, ResourceType resourceType)
    {
        if (declaredFor != resourceType.ClrType)
        {
            throw new InvalidOperationException($"it is declared on '{declaredFor.Name}', not on '{resourceType.ClrType.Name}'.");
        }
    }
}
