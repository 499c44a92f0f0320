using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.OpenApi;

/// <summary>What the graph lets a request of one type name: the <c>include</c> paths, the types they reach, the types of its fieldsets.</summary>
internal sealed class IncludePaths(int maxDepth)
{
    /// <summary>Every relationship path <c>include</c> accepts from the type, up to the configured depth, in ordinal order.</summary>
    public IReadOnlyList<string> Of(ResourceType type)
    {
        var paths = new List<string>();
        Walk(type, "", 1, (path, _) => paths.Add(path));
        return [.. paths.Order(StringComparer.Ordinal)];
    }

    /// <summary>The types an <c>include</c> from the type may add to <c>included</c>, by public name.</summary>
    public IReadOnlyList<ResourceType> TypesReachedFrom(ResourceType type)
    {
        var types = new HashSet<ResourceType>();
        Walk(type, "", 1, (_, reached) => types.Add(reached));
        return [.. types.OrderBy(reached => reached.PublicName, StringComparer.Ordinal)];
    }

    /// <summary>The types <c>fields[type]</c> accepts on a request of the type: itself and every type its relationships reach, by public name.</summary>
    public static IReadOnlyList<ResourceType> FieldsetTypesOf(ResourceType type)
    {
        var reached = new HashSet<ResourceType> { type };
        var pending = new Queue<ResourceType>([type]);
        while (pending.TryDequeue(out ResourceType? current))
        {
            foreach (RelationshipField relationship in current.Relationships.Where(relationship => reached.Add(relationship.RightType)))
            {
                pending.Enqueue(relationship.RightType);
            }
        }

        return [.. reached.OrderBy(found => found.PublicName, StringComparer.Ordinal)];
    }

    private void Walk(ResourceType type, string prefix, int depth, Action<string, ResourceType> visit)
    {
        if (depth > maxDepth)
        {
            return;
        }

        foreach (RelationshipField relationship in type.Relationships.Where(relationship => relationship.CanInclude))
        {
            string path = prefix + relationship.PublicName;
            visit(path, relationship.RightType);
            Walk(relationship.RightType, path + ".", depth + 1, visit);
        }
    }
}
