using System.Collections;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Collects the resources of a document's <c>included</c> member by walking the include tree from each primary
/// resource: each resource once, in the order first met, and none that is already primary data.
/// </summary>
internal sealed class IncludedResourceCollector
{
    private readonly IReadOnlyList<IncludeElementExpression> _include;
    private readonly int _maxToMany;
    private HashSet<(ResourceType, long)>? _primary;

    private IncludedResourceCollector(IReadOnlyList<IncludeElementExpression> include, int maxToMany)
    {
        _include = include;
        _maxToMany = maxToMany;
        var topRelationships = new HashSet<RelationshipField>(include.Count);
        foreach (IncludeElementExpression node in include)
        {
            topRelationships.Add(node.Relationship);
        }

        PrimaryRelationshipsWithData = topRelationships;
    }

    /// <summary>A collector for the includes of <paramref name="context"/>; none when it includes nothing, as most documents do.</summary>
    public static IncludedResourceCollector? For(DocumentContext context) =>
        context.Include.Count == 0 ? null : new IncludedResourceCollector(context.Include, context.MaxToManyLinkage);

    /// <summary>The relationships of the primary data whose linkage is written: those at the top of the include tree.</summary>
    public IReadOnlySet<RelationshipField> PrimaryRelationshipsWithData { get; }

    /// <summary>The included resources met so far, in the order first met; null until the first one.</summary>
    public Dictionary<(ResourceType, long), IncludedResource>? Included { get; private set; }

    /// <summary>Remembers a resource of the primary data, so that includes do not repeat it.</summary>
    public void MarkPrimary(ResourceType resourceType, object resource) =>
        (_primary ??= []).Add((resourceType, ((IIdentifiable)resource).Id));

    /// <summary>Collects the resources the include tree reaches from one primary resource.</summary>
    public void CollectFrom(object primaryResource) => Collect(primaryResource, _include);

    private void Collect(object resource, IReadOnlyList<IncludeElementExpression> nodes)
    {
        foreach (IncludeElementExpression node in nodes)
        {
            object? value = node.Relationship.GetValue(resource);
            if (value is null)
            {
                continue;
            }

            if (node.Relationship.IsToMany)
            {
                // Only the members the linkage names: the projection read one more, to tell the writer the relationship holds more.
                int added = 0;
                foreach (object related in (IEnumerable)value)
                {
                    if (added++ == _maxToMany)
                    {
                        break;
                    }

                    Add(node, related);
                }
            }
            else
            {
                Add(node, value);
            }
        }
    }

    private void Add(IncludeElementExpression node, object related)
    {
        ResourceType rightType = node.Relationship.RightType;
        var key = (rightType, ((IIdentifiable)related).Id);
        if (_primary?.Contains(key) != true)
        {
            Included ??= [];
            if (!Included.TryGetValue(key, out IncludedResource? included))
            {
                included = new IncludedResource(rightType, related, []);
                Included.Add(key, included);
            }

            foreach (IncludeElementExpression child in node.Children)
            {
                included.LinkageSources.TryAdd(child.Relationship, related);
            }
        }

        Collect(related, node.Children);
    }
}
