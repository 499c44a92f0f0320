using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Resources;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses <c>include</c> into a tree, merging shared prefixes (<c>order,order.customer</c> gives one <c>order</c> node):
/// <code>
/// include = path ("," path)*
/// path    = relationship ("." relationship)*
/// </code>
/// </summary>
/// <param name="maxDepth">The longest path allowed.</param>
internal sealed class IncludeParser(int maxDepth) : QueryParser
{
    public IncludeExpression Parse(string source, ResourceType resourceType)
    {
        Begin(source);
        var root = new IncludeNode(null);
        ParsePath(resourceType, root);

        while (IsNext(TokenKind.Comma))
        {
            Take();
            ParsePath(resourceType, root);
        }

        ExpectEnd("',' or the end of the include");
        return new IncludeExpression(root.ToChildren());
    }

    private void ParsePath(ResourceType resourceType, IncludeNode root)
    {
        IncludeNode node = root;
        ResourceType current = resourceType;
        int depth = 0;

        do
        {
            if (depth > 0)
            {
                Take();
            }

            Token name = Expect(TokenKind.Text, "A relationship name");
            depth++;

            RelationshipField relationship = current.FindRelationship(name.Value)
                ?? throw Fail($"Relationship '{name.Value}' does not exist on resource type '{current.PublicName}'.", name);

            if (!relationship.CanInclude)
            {
                throw Fail($"Relationship '{name.Value}' of '{current.PublicName}' cannot be included.", name);
            }

            if (depth > maxDepth)
            {
                throw Fail($"Including '{name.Value}' exceeds the maximum inclusion depth of {maxDepth}.", name);
            }

            node = node.GetOrAdd(relationship);
            current = relationship.RightType;
        }
        while (IsNext(TokenKind.Period));
    }

    private sealed class IncludeNode(RelationshipField? relationship)
    {
        private readonly List<IncludeNode> _children = [];

        public IncludeNode GetOrAdd(RelationshipField child)
        {
            IncludeNode? existing = _children.Find(node => node.Relationship == child);

            if (existing is null)
            {
                existing = new IncludeNode(child);
                _children.Add(existing);
            }

            return existing;
        }

        private RelationshipField? Relationship { get; } = relationship;

        public IReadOnlyList<IncludeElementExpression> ToChildren() =>
            [.. _children.Select(child => new IncludeElementExpression(child.Relationship!, child.ToChildren()))];
    }
}
