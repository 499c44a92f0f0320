using System.Collections.Frozen;
using System.Linq.Expressions;
using JsonApiCards.JsonApi.Resources;
using Microsoft.EntityFrameworkCore.Metadata;

namespace JsonApiCards.JsonApi.Services;

/// <summary>
/// The concurrency token of each resource type, found once in the EF Core model (the one property configured
/// <c>IsConcurrencyToken()</c> or <c>IsRowVersion()</c>), with a compiled reader of its value. A resource type without
/// one has no <c>ETag</c> and takes no <c>If-Match</c>.
/// </summary>
internal sealed class ConcurrencyTokens
{
    private readonly FrozenDictionary<ResourceType, ConcurrencyToken> _tokens;

    public ConcurrencyTokens(ResourceGraph resourceGraph, IModel model)
    {
        ArgumentNullException.ThrowIfNull(resourceGraph);
        ArgumentNullException.ThrowIfNull(model);
        var tokens = new Dictionary<ResourceType, ConcurrencyToken>();
        foreach (ResourceType resourceType in resourceGraph.ResourceTypes)
        {
            IProperty[] candidates = model.FindEntityType(resourceType.ClrType)?.GetProperties().Where(property => property.IsConcurrencyToken).ToArray() ?? [];
            if (candidates.Length > 1)
            {
                throw new InvalidOperationException($"'{resourceType.ClrType.Name}' has {candidates.Length} concurrency tokens; an ETag is made from one.");
            }

            if (candidates is [{ PropertyInfo: { } propertyInfo } token])
            {
                tokens[resourceType] = new ConcurrencyToken(token.Name, token.ValueGenerated != ValueGenerated.Never, CompileReader(resourceType.ClrType, propertyInfo));
            }
        }

        _tokens = tokens.ToFrozenDictionary();
    }

    /// <summary>The token of <paramref name="resourceType"/>, or null when its entity has none.</summary>
    public ConcurrencyToken? Find(ResourceType resourceType) => _tokens.GetValueOrDefault(resourceType);

    private static Func<object, ulong> CompileReader(Type entityType, System.Reflection.PropertyInfo property)
    {
        ParameterExpression entity = Expression.Parameter(typeof(object), "entity");
        Expression value = Expression.Property(Expression.Convert(entity, entityType), property);
        return Expression.Lambda<Func<object, ulong>>(Expression.Convert(value, typeof(ulong)), entity).Compile();
    }
}

/// <summary>A resource type's concurrency token.</summary>
/// <param name="PropertyName">The entity property that holds it.</param>
/// <param name="IsStoreGenerated">Whether the database changes it by itself (PostgreSQL's <c>xmin</c>); otherwise the layer counts it up.</param>
/// <param name="Read">Reads its value from an entity of the type.</param>
internal sealed record ConcurrencyToken(string PropertyName, bool IsStoreGenerated, Func<object, ulong> Read);
