using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.Resources;

/// <summary>
/// What the graph reads from a resource's properties: the public names (snake_case unless given), which fields can be
/// written, and which relationships are required.
/// </summary>
public sealed class ResourceFieldsTests
{
    private static readonly ResourceType Shelves = new ResourceGraphBuilder().Add<Shelf>().Build().GetResourceType<Shelf>();

    [Fact]
    public void Fields_take_the_snake_case_of_their_property_unless_the_annotation_names_them()
    {
        Shelves.Attributes.Select(attribute => attribute.PublicName).Should().Equal("shelf_label", "slot", "created_at");
        Shelves.Relationships.Select(relationship => relationship.PublicName).Should().Equal("holder", "neighbour", "books");
    }

    [Fact]
    public void An_attribute_without_a_setter_can_be_viewed_filtered_and_sorted_but_never_written()
    {
        AttrField createdAt = Shelves.FindAttribute("created_at")!;

        createdAt.Capabilities.Should().Be(AttrCapabilities.AllowView | AttrCapabilities.AllowFilter | AttrCapabilities.AllowSort);
        createdAt.SetValue.Should().BeNull();
        Shelves.FindAttribute("slot")!.Capabilities.Should().Be(AttrCapabilities.All);
    }

    [Fact]
    public void A_relationship_without_a_setter_has_none_and_one_with_a_setter_sets_the_property()
    {
        var shelf = new Shelf();
        var other = new Shelf();

        Shelves.FindRelationship("books")!.SetValue.Should().BeNull();
        Shelves.FindRelationship("holder")!.SetValue!(shelf, other);

        shelf.Owner.Should().BeSameAs(other);
    }

    [Fact]
    public void A_to_many_relationship_is_never_required_and_a_to_one_is_when_its_annotation_says_so()
    {
        Shelves.Relationships.Select(relationship => (relationship.PublicName, relationship.IsRequired))
            .Should().Equal(("holder", true), ("neighbour", false), ("books", false));
    }

    [Resource("shelves")]
    private sealed class Shelf : IIdentifiable
    {
        public long Id { get; set; }

        [Attr(PublicName = "shelf_label")]
        public string Label { get; set; } = "";

        [Attr(Capabilities = AttrCapabilities.All)]
        public int Slot { get; set; }

        [Attr(Capabilities = AttrCapabilities.All)]
        public DateTime CreatedAt { get; } = DateTime.UnixEpoch;

        [HasOne(PublicName = "holder", IsRequired = true)]
        public Shelf? Owner { get; set; }

        public long? OwnerId { get; set; }

        [HasOne]
        public Shelf? Neighbour { get; set; }

        public long? NeighbourId { get; set; }

        [HasMany(PublicName = "books")]
        public List<Shelf> Contents { get; } = [];
    }
}
