using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.QueryStrings.Validation;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.QueryStrings.Parsing;

/// <summary>
/// Parses the value of <c>fields[type]</c>:
/// <code>
/// fields = field ("," field)*
/// </code>
/// where each field is a viewable attribute or a relationship of the type.
/// </summary>
internal sealed class SparseFieldSetParser : QueryParser
{
    public SparseFieldSetExpression Parse(string source, ResourceType resourceType)
    {
        Begin(source);
        List<AttrField> attributes = [];
        List<RelationshipField> relationships = [];
        ParseField(resourceType, attributes, relationships);

        while (IsNext(TokenKind.Comma))
        {
            Take();
            ParseField(resourceType, attributes, relationships);
        }

        ExpectEnd("',' or the end of the field list");
        return new SparseFieldSetExpression(resourceType, attributes, relationships);
    }

    private void ParseField(ResourceType resourceType, List<AttrField> attributes, List<RelationshipField> relationships)
    {
        Token name = Expect(TokenKind.Text, "A field name");

        if (resourceType.FindRelationship(name.Value) is { } relationship)
        {
            relationships.Add(relationship);
            return;
        }

        AttrField attribute = FieldChainResolver.FindAttribute(resourceType, name.Value)
            ?? throw Fail($"Field '{name.Value}' does not exist on resource type '{resourceType.PublicName}'.", name);

        if (attribute == resourceType.Id)
        {
            throw Fail("'id' is always returned and cannot be listed in a sparse fieldset.", name);
        }

        if (!attribute.Can(AttrCapabilities.AllowView))
        {
            throw Fail($"Attribute '{name.Value}' of '{resourceType.PublicName}' cannot be used in sparse fieldsets.", name);
        }

        attributes.Add(attribute);
    }
}
