using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.Extensions.Primitives;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.SparseFieldSets;

public sealed class SparseFieldSetTests
{
    [Fact]
    public void Fields_select_attributes_and_relationships_per_type()
    {
        // Act
        QueryLayer layer = Read("fields[cards]=reference,display_number,order&fields[orders]=status");

        // Assert
        layer.Fieldsets.Should().HaveCount(2);
        layer.Fieldsets[TestGraph.Cards].ToString().Should().Be("reference,display_number,order");
        layer.Fieldsets[TestGraph.Cards].Attributes.Select(field => field.PublicName).Should().BeEquivalentTo("reference", "display_number");
        layer.Fieldsets[TestGraph.Cards].Relationships.Select(field => field.PublicName).Should().Equal("order");
        layer.Fieldsets[TestGraph.Orders].ToString().Should().Be("status");
    }

    [Fact]
    public void Types_without_fields_get_every_viewable_field()
    {
        // Act
        QueryLayer layer = Read(string.Empty);

        // Assert
        layer.Fieldsets.Should().BeEmpty();
    }

    [Fact]
    public void A_fieldset_parameter_given_no_value_at_all_asks_for_no_fields_too()
    {
        // Act: a host's own query collection may hold a name with no values.
        QueryLayer layer = new QueryStringReader(Options).Read([new("fields[cards]", StringValues.Empty)], TestGraph.Cards, [], isCollection: true, defaultSort: null, cursorByDefault: false);

        // Assert
        layer.Fieldsets[TestGraph.Cards].ToString().Should().BeEmpty();
    }

    [Fact]
    public void An_empty_fieldset_asks_for_no_fields()
    {
        // Act
        QueryLayer layer = Read("fields[cards]=");

        // Assert
        layer.Fieldsets[TestGraph.Cards].Attributes.Should().BeEmpty();
        layer.Fieldsets[TestGraph.Cards].Relationships.Should().BeEmpty();
    }

    [Fact]
    public void Fields_may_be_given_for_single_resources()
    {
        // Act
        QueryLayer layer = Read("fields[cards]=reference", isCollection: false);

        // Assert
        layer.Fieldsets[TestGraph.Cards].ToString().Should().Be("reference");
    }

    [Theory]
    [InlineData("fields[cards]=number", "fields[cards]", "Attribute 'number' of 'cards' cannot be used in sparse fieldsets.")]
    [InlineData("fields[cards]=colour", "fields[cards]", "Field 'colour' does not exist on resource type 'cards'.")]
    [InlineData("fields[cards]=id", "fields[cards]", "'id' is always returned and cannot be listed in a sparse fieldset.")]
    [InlineData("fields[cards]=reference,", "fields[cards]", "A field name expected, but the value ends here.")]
    [InlineData("fields[cards]=order.status", "fields[cards]", "',' or the end of the field list expected.")]
    [InlineData("fields[cards]= ", "fields[cards]", "A value is required; expected a comma-separated list of attributes and relationships.")]
    [InlineData("fields[cards]=&fields[cards]=", "fields[cards]", "A value is required; expected a comma-separated list of attributes and relationships.")]
    [InlineData("fields[planets]=name", "fields[planets]", "Resource type 'planets' does not exist or cannot appear in a response for 'cards'.")]
    [InlineData("fields=reference", "fields", "Sparse fieldsets are written fields[type]=....")]
    [InlineData("fields[cards][x]=reference", "fields[cards][x]", "Sparse fieldsets are written fields[type]=....")]
    public void Bad_fieldsets_are_refused(string query, string parameter, string expectedDetail)
    {
        // Act
        InvalidQueryStringParameterException exception = ReadFails(query);

        // Assert
        exception.ParameterName.Should().Be(parameter);
        DetailOf(exception).Should().EndWith(expectedDetail);
    }

    [Fact]
    public void Fieldsets_accept_types_reachable_from_the_primary_type_only()
    {
        // Act: orders reach audit_events through customer; audit_events have no relationships and reach nothing.
        QueryLayer layer = Read("fields[audit_events]=action", TestGraph.Orders);
        InvalidQueryStringParameterException exception = ReadFails("fields[customers]=email", TestGraph.Graph.FindResourceType("audit_events"));

        // Assert
        layer.Fieldsets.Keys.Select(type => type.PublicName).Should().Equal("audit_events");
        DetailOf(exception).Should().Be("Resource type 'customers' does not exist or cannot appear in a response for 'audit_events'.");
    }
}
