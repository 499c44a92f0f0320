using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Resources;

/// <summary>A model the layer cannot serve is refused when the application starts, naming what is wrong, never at a request.</summary>
public sealed class ResourceGraphBuilderTests
{
    [Fact]
    public void A_relationship_to_a_type_that_is_not_in_the_graph_is_refused()
    {
        var build = () => new ResourceGraphBuilder().Add<Card>().Add<Order>().Add<AuditEvent>().Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("Relationship 'cards.owner' points to 'Customer', which is not a resource.");
    }

    [Fact]
    public void A_resource_must_have_an_id_and_a_resource_attribute()
    {
        FluentActions.Invoking(() => new ResourceGraphBuilder().Add(typeof(NoId)).Build())
            .Should().Throw<InvalidOperationException>().WithMessage("Resource 'NoId' must implement IIdentifiable.");
        FluentActions.Invoking(() => new ResourceGraphBuilder().Add<NotAnnotated>().Build())
            .Should().Throw<InvalidOperationException>().WithMessage("'NotAnnotated' has no [Resource] attribute.");
    }

    [Theory]
    [InlineData(typeof(FieldNamedType))]
    [InlineData(typeof(FieldNamedId))]
    public void No_field_may_take_the_name_id_or_type(Type resource)
    {
        var build = () => new ResourceGraphBuilder().Add(resource).Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("Resource 'things' may not have a field named 'id' or 'type'.");
    }

    [Fact]
    public void A_to_many_relationship_must_take_a_list_as_projections_fill_it()
    {
        var build = () => new ResourceGraphBuilder().Add<ArrayOwner>().Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("To-many relationship 'ArrayOwner.Children' must be a type a List<ArrayOwner> can be assigned to.");
    }

    [Fact]
    public void A_type_added_twice_is_in_the_graph_once()
    {
        ResourceGraph graph = new ResourceGraphBuilder().Add<Order>().Add<Customer>().Add<Card>().Add<Order>().Add<AuditEvent>().Build();

        graph.GetResourceType<Order>().PublicName.Should().Be("orders");
        graph.FindResourceType("orders").Should().BeSameAs(graph.GetResourceType<Order>());
    }

    [Fact]
    public void A_to_one_relationship_without_its_foreign_key_property_is_refused_naming_it()
    {
        var build = () => new ResourceGraphBuilder().Add<KeylessOwner>().Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("To-one relationship 'KeylessOwner.Other' needs a foreign key property 'OtherId'.");
    }

    [Fact]
    public void A_to_many_relationship_of_a_collection_that_is_not_generic_is_refused_naming_its_type()
    {
        var build = () => new ResourceGraphBuilder().Add<PlainArrayOwner>().Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("To-many relationship type '*PlainArrayOwner[]' must be a generic collection.");
    }

    [Fact]
    public void A_type_that_is_not_in_the_graph_is_refused_naming_it()
    {
        var find = () => TestGraph.Graph.GetResourceType<PlainArrayOwner>();

        find.Should().Throw<InvalidOperationException>().WithMessage("'PlainArrayOwner' is not in the resource graph.");
    }

    private sealed class NoId;

    private sealed class NotAnnotated : IIdentifiable
    {
        public long Id { get; set; }
    }

    [Resource("things")]
    private sealed class FieldNamedType : IIdentifiable
    {
        public long Id { get; set; }

        [Attr]
        public string Type { get; set; } = "";
    }

    [Resource("things")]
    private sealed class FieldNamedId : IIdentifiable
    {
        public long Id { get; set; }

        [HasOne(PublicName = "id")]
        public FieldNamedId? Other { get; set; }

        public long? OtherId { get; set; }
    }

    [Resource("array_owners")]
    private sealed class ArrayOwner : IIdentifiable
    {
        public long Id { get; set; }

        [HasMany]
        public HashSet<ArrayOwner> Children { get; set; } = [];
    }

    [Resource("keyless_owners")]
    private sealed class KeylessOwner : IIdentifiable
    {
        public long Id { get; set; }

        [HasOne]
        public KeylessOwner? Other { get; set; }
    }

    [Resource("plain_array_owners")]
    private sealed class PlainArrayOwner : IIdentifiable
    {
        public long Id { get; set; }

        [HasMany]
        public PlainArrayOwner[] Children { get; set; } = [];
    }
}
