using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Validation;

/// <summary>
/// Resolves dotted names against the resource graph and checks what the request may do with them:
/// the validation step between parsing and binding. Failures throw <see cref="QueryValidationException"/>.
/// </summary>
internal static class FieldChainResolver
{
    /// <summary>
    /// Each relationship of a path is a join; SQLite refuses more than 64 tables in one, and long chains are slow
    /// anyway, so a path may pass through this many relationships at most.
    /// </summary>
    public const int MaxRelationshipsInPath = 8;

    /// <summary>To-one relationships then an attribute that allows <paramref name="capability"/>.</summary>
    public static ResourceFieldChainExpression ResolveAttributeChain(ResourceType resourceType, IReadOnlyList<string> names, AttrCapabilities capability)
    {
        List<RelationshipField> relationships = [];
        ResourceType current = resourceType;

        RequireShortPath(names.Count - 1);

        for (int index = 0; index < names.Count - 1; index++)
        {
            RelationshipField relationship = FindRelationship(current, names[index]);

            if (relationship.IsToMany)
            {
                throw new QueryValidationException(
                    $"Relationship '{relationship.PublicName}' of '{current.PublicName}' is to-many; a field chain may only pass through to-one relationships (use has() or count() for to-many ones).");
            }

            relationships.Add(relationship);
            current = relationship.RightType;
        }

        string last = names[^1];
        AttrField attribute = FindAttribute(current, last)
            ?? throw new QueryValidationException(current.FindRelationship(last) is null
                ? UnknownField(current, last)
                : $"'{last}' is a relationship of '{current.PublicName}'; an attribute is expected here.");

        if (!attribute.Can(capability) || (capability == AttrCapabilities.AllowFilter && !ConstantConverter.CanConvertTo(attribute.Property.PropertyType)))
        {
            throw new QueryValidationException($"Attribute '{attribute.PublicName}' of '{current.PublicName}' cannot be used {UsageOf(capability)}.");
        }

        return new ResourceFieldChainExpression(relationships, attribute);
    }

    /// <summary>Relationships of which all but the last are to-one and the last is to-many (for has, count).</summary>
    public static ResourceFieldChainExpression ResolveToManyChain(ResourceType resourceType, IReadOnlyList<string> names)
    {
        IReadOnlyList<RelationshipField> relationships = ResolveRelationships(resourceType, names, allowToManyBeforeEnd: false);

        if (!relationships[^1].IsToMany)
        {
            throw new QueryValidationException($"Relationship '{relationships[^1].PublicName}' of '{relationships[^1].Owner.PublicName}' is to-one; a to-many relationship is expected here.");
        }

        return new ResourceFieldChainExpression(relationships, attribute: null);
    }

    /// <summary>A chain of to-one relationships (for isType).</summary>
    public static ResourceFieldChainExpression ResolveToOneChain(ResourceType resourceType, IReadOnlyList<string> names)
    {
        IReadOnlyList<RelationshipField> relationships = ResolveRelationships(resourceType, names, allowToManyBeforeEnd: false);

        if (relationships[^1].IsToMany)
        {
            throw new QueryValidationException($"Relationship '{relationships[^1].PublicName}' of '{relationships[^1].Owner.PublicName}' is to-many; a to-one relationship is expected here.");
        }

        return new ResourceFieldChainExpression(relationships, attribute: null);
    }

    /// <summary>Any relationships, ending in a to-many one: the included collection <c>filter[orders]</c> narrows.</summary>
    public static IReadOnlyList<RelationshipField> ResolveIncludeFilterPath(ResourceType resourceType, IReadOnlyList<string> names)
    {
        IReadOnlyList<RelationshipField> relationships = ResolveRelationships(resourceType, names, allowToManyBeforeEnd: true);

        if (!relationships[^1].IsToMany)
        {
            throw new QueryValidationException($"Relationship '{relationships[^1].PublicName}' of '{relationships[^1].Owner.PublicName}' is to-one; only to-many relationships can be filtered.");
        }

        return relationships;
    }

    /// <summary>An attribute by name, including the <c>id</c> pseudo-attribute.</summary>
    public static AttrField? FindAttribute(ResourceType resourceType, string name) =>
        name == "id" ? resourceType.Id : resourceType.FindAttribute(name);

    private static List<RelationshipField> ResolveRelationships(ResourceType resourceType, IReadOnlyList<string> names, bool allowToManyBeforeEnd)
    {
        RequireShortPath(names.Count);
        List<RelationshipField> relationships = [];
        ResourceType current = resourceType;

        foreach (string name in names)
        {
            if (relationships.Count > 0 && relationships[^1].IsToMany && !allowToManyBeforeEnd)
            {
                throw new QueryValidationException(
                    $"Relationship '{relationships[^1].PublicName}' of '{relationships[^1].Owner.PublicName}' is to-many; only the last relationship of this chain may be to-many.");
            }

            RelationshipField relationship = FindRelationship(current, name);
            relationships.Add(relationship);
            current = relationship.RightType;
        }

        return relationships;
    }

    private static void RequireShortPath(int relationshipCount)
    {
        if (relationshipCount > MaxRelationshipsInPath)
        {
            throw new QueryValidationException($"A field path may pass through at most {MaxRelationshipsInPath} relationships.");
        }
    }

    private static RelationshipField FindRelationship(ResourceType resourceType, string name) =>
        resourceType.FindRelationship(name)
        ?? throw new QueryValidationException(FindAttribute(resourceType, name) is null
            ? UnknownField(resourceType, name)
            : $"'{name}' is an attribute of '{resourceType.PublicName}'; a relationship is expected here.");

    private static string UnknownField(ResourceType resourceType, string name) =>
        $"Field '{name}' does not exist on resource type '{resourceType.PublicName}'.";

    private static string UsageOf(AttrCapabilities capability) => capability switch
    {
        AttrCapabilities.AllowFilter => "in filters",
        AttrCapabilities.AllowSort => "for sorting",
        AttrCapabilities.AllowView => "in sparse fieldsets",
        _ => "here",
    };
}
