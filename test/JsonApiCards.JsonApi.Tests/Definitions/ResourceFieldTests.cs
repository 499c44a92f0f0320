using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.Definitions;

/// <summary>
/// A definition names a field by its property; the graph gives it its public name and whether a create must assign it,
/// and a field used before the graph resolved it says how to declare it.
/// </summary>
public sealed class ResourceFieldTests
{
    private static readonly ResourceGraph Graph = new ResourceGraphBuilder().Add<Note>().Build();

    [Fact]
    public void A_resolved_field_has_its_public_name_and_says_whether_a_create_must_assign_it()
    {
        ResourceField<Note>[] fields = [ResourceField.Of<Note>(note => note.Title), ResourceField.Of<Note>(note => note.Body), ResourceField.Of<Note>(note => note.Author)];

        foreach (ResourceField<Note> field in fields)
        {
            field.Resolve(Graph);
        }

        fields.Select(field => (field.PublicName, field.IsRequiredOnCreate)).Should().Equal(("title", true), ("body", false), ("author", false));
    }

    [Fact]
    public void A_field_read_before_the_graph_resolved_it_says_where_to_declare_it()
    {
        var field = ResourceField.Of<Note>(note => note.Body);

        var read = () => field.PublicName;

        read.Should().Throw<InvalidOperationException>().WithMessage("'Note.Body' is resolved against the resource graph when the application starts; declare it*");
    }

    [Fact]
    public void A_field_must_be_one_property_of_the_resource()
    {
        var chain = () => ResourceField.Of<Note>(note => note.Author!.Title);

        chain.Should().Throw<ArgumentException>().WithParameterName("property").WithMessage("*must read one property of its parameter*");
    }

    [Fact]
    public void Whether_a_write_assigned_a_field_needs_a_field()
    {
        var context = new WriteContext(WriteOperation.Create, new HashSet<AttrField>(), new HashSet<RelationshipField>());

        var ask = () => context.HasAssigned(null!);

        ask.Should().Throw<ArgumentNullException>();
    }

    [Resource("notes")]
    private sealed class Note : IIdentifiable
    {
        public long Id { get; set; }

        [Attr(Capabilities = AttrCapabilities.All, RequiredOnCreate = true)]
        public string Title { get; set; } = "";

        [Attr(Capabilities = AttrCapabilities.All)]
        public string? Body { get; set; }

        [HasOne]
        public Note? Author { get; set; }

        public long? AuthorId { get; set; }
    }
}
