using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Queries.Expressions;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Documents;

public sealed class DocumentWriterTests
{
    private static readonly DocumentContext Context = new()
    {
        Links = new LinkBuilder("https://cards.example", "/api", "/api/cards/7"),
        Definitions = _ => new JsonApiResourceDefinition<Card>(),
    };

    [Fact]
    public void A_single_resource_has_id_type_links_viewable_attributes_and_relationship_links()
    {
        var card = new Card
        {
            Id = 7, Reference = "R&D", CardType = "visa", Month = 3, ExpiryYear = null, Balance = 12.5m, IsDefault = true,
            CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), Number = "4111111111111111", Metadata = new JsonObject { ["a"] = 1 },
        };

        string json = Write(writer => DocumentWriter.WriteSingle(writer, Context, TestGraph.Cards, card));

        json.Should().Be(
            """{"data":{"id":"7","type":"cards","links":{"self":"https://cards.example/api/cards/7"},"attributes":{"reference":"R&D","holder_name":null,"card_type":"visa","month":3,"expiry_year":null,"balance":12.5,"is_default":true,"created_at":"2026-01-02T03:04:05.678Z","closed_at":null,"display_number":"**** R&D","metadata":{"a":1}},"relationships":{"owner":{"links":{"self":"https://cards.example/api/cards/7/relationships/owner","related":"https://cards.example/api/cards/7/owner"}},"order":{"links":{"self":"https://cards.example/api/cards/7/relationships/order","related":"https://cards.example/api/cards/7/order"}}}},"links":{"self":"https://cards.example/api/cards/7"},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void A_sparse_fieldset_keeps_only_the_named_members()
    {
        var card = new Card { Id = 7, Reference = "R1" };
        var fieldset = new SparseFieldSetExpression(TestGraph.Cards, [TestGraph.Cards.FindAttribute("reference")!], [TestGraph.Cards.FindRelationship("order")!]);
        var context = new DocumentContext { Links = Context.Links, Definitions = Context.Definitions, Fieldsets = new Dictionary<JsonApiCards.JsonApi.Resources.ResourceType, SparseFieldSetExpression> { [TestGraph.Cards] = fieldset } };

        string json = Write(writer => DocumentWriter.WriteSingle(writer, context, TestGraph.Cards, card));

        json.Should().Contain("\"attributes\":{\"reference\":\"R1\"}").And.Contain("\"relationships\":{\"order\":").And.NotContain("owner");
    }

    [Fact]
    public void Included_resources_appear_once_with_linkage_on_every_side()
    {
        var owner = new Customer { Id = 3 };
        var first = new Card { Id = 1, Owner = owner, OwnerId = 3 };
        var second = new Card { Id = 2, Owner = owner, OwnerId = 3 };
        var third = new Card { Id = 4 };
        var include = new IncludeElementExpression(TestGraph.Cards.FindRelationship("owner")!, []);
        var context = new DocumentContext { Links = new LinkBuilder("https://cards.example", "/api", "/api/cards"), Definitions = CardAndCustomerDefinitions, Include = [include] };

        string json = Write(writer => DocumentWriter.WriteCollection(writer, context, TestGraph.Cards, [first, second, third], page: null));

        using var document = JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        data.GetArrayLength().Should().Be(3);
        data[0].GetProperty("relationships").GetProperty("owner").GetProperty("data").GetProperty("id").GetString().Should().Be("3");
        data[2].GetProperty("relationships").GetProperty("owner").GetProperty("data").ValueKind.Should().Be(JsonValueKind.Null);
        data[0].GetProperty("relationships").GetProperty("order").TryGetProperty("data", out _).Should().BeFalse("order was not included");
        document.RootElement.GetProperty("included").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_primary_resource_reached_again_through_an_include_is_not_repeated_in_included()
    {
        var owner = new Customer { Id = 3 };
        var card = new Card { Id = 1, Owner = owner, OwnerId = 3 };
        owner.Cards.Add(card);
        owner.Cards.Add(new Card { Id = 2, Owner = owner, OwnerId = 3 });

        string json = Write(writer => DocumentWriter.WriteSingle(writer, IncludingOwnersCards(), TestGraph.Cards, card));

        IncludedIdentities(json).Should().Equal("customers/3", "cards/2");
    }

    [Fact]
    public void Primary_resources_reached_through_an_include_from_each_other_are_not_repeated_in_included()
    {
        var owner = new Customer { Id = 3 };
        var first = new Card { Id = 1, Owner = owner, OwnerId = 3 };
        var second = new Card { Id = 2, Owner = owner, OwnerId = 3 };
        owner.Cards.AddRange([first, second, new Card { Id = 4, Owner = owner, OwnerId = 3 }]);

        string json = Write(writer => DocumentWriter.WriteCollection(writer, IncludingOwnersCards(), TestGraph.Cards, [first, second], page: null));

        IncludedIdentities(json).Should().Equal("customers/3", "cards/4");
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        var card = new Card { Id = 1 };
        var owner = TestGraph.Cards.FindRelationship("owner")!;
        using var writer = new Utf8JsonWriter(Stream.Null);

        FluentActions.Invoking(() => DocumentWriter.WriteSingle(null!, Context, TestGraph.Cards, card)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => DocumentWriter.WriteSingle(writer, null!, TestGraph.Cards, card)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => DocumentWriter.WriteCollection(null!, Context, TestGraph.Cards, [card], page: null)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => DocumentWriter.WriteCollection(writer, null!, TestGraph.Cards, [card], page: null)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => DocumentWriter.WriteCollection(writer, Context, TestGraph.Cards, null!, page: null)).Should().Throw<ArgumentNullException>().WithParameterName("resources");
        FluentActions.Invoking(() => DocumentWriter.WriteRelationship(null!, Context, owner, card, null)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => DocumentWriter.WriteRelationship(writer, null!, owner, card, null)).Should().Throw<ArgumentNullException>().WithParameterName("context");
        FluentActions.Invoking(() => DocumentWriter.WriteRelationship(writer, Context, null!, card, null)).Should().Throw<ArgumentNullException>().WithParameterName("relationship");
        FluentActions.Invoking(() => DocumentWriter.WriteErrors(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => DocumentWriter.WriteErrors(writer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("errors");
        FluentActions.Invoking(() => DocumentWriter.WriteErrors(writer, [], maxErrors: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxErrors");
    }

    [Fact]
    public void Paging_members_are_written_and_absent_links_left_out()
    {
        var page = new PageLinks(30, 3, "first", null, "next", "last");

        string json = Write(writer => DocumentWriter.WriteCollection(writer, Context, TestGraph.Cards, [], page));

        json.Should().Be("""{"data":[],"meta":{"record_count":30,"page_count":3},"links":{"self":"https://cards.example/api/cards/7","first":"first","next":"next","last":"last"},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void A_page_read_by_cursor_links_first_and_says_null_where_there_is_no_page_before_or_after()
    {
        var page = new CursorPageLinks("first", null, "next");

        string json = Write(writer => DocumentWriter.WriteCursorPage(writer, Context, TestGraph.Cards, [], page));

        json.Should().Be("""{"data":[],"links":{"self":"https://cards.example/api/cards/7","first":"first","prev":null,"next":"next"},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void A_page_read_by_cursor_links_the_pages_before_and_after()
    {
        var page = new CursorPageLinks("first", "prev", "next");

        string json = Write(writer => DocumentWriter.WriteCursorPage(writer, Context, TestGraph.Cards, [], page));

        json.Should().Be("""{"data":[],"links":{"self":"https://cards.example/api/cards/7","first":"first","prev":"prev","next":"next"},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void A_relationship_document_links_itself_and_the_related_resource()
    {
        var context = Context with { Links = new LinkBuilder("https://cards.example", "/api", "/api/cards/7/relationships/owner") };
        var card = new Card { Id = 7, Owner = new Customer { Id = 3 }, OwnerId = 3 };

        string json = Write(writer => DocumentWriter.WriteRelationship(writer, context, TestGraph.Cards.FindRelationship("owner")!, card, card.Owner));

        json.Should().Be("""{"data":{"type":"customers","id":"3"},"links":{"self":"https://cards.example/api/cards/7/relationships/owner","related":"https://cards.example/api/cards/7/owner"},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void Errors_carry_status_as_a_string_and_their_source()
    {
        var errors = new[]
        {
            new ErrorObject(System.Net.HttpStatusCode.BadRequest, "C1", "T1", "D1") { Parameter = "sort" },
            new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity, "C2", "T2") { Pointer = "/data/attributes/x" },
        };

        string json = Write(writer => DocumentWriter.WriteErrors(writer, errors));

        json.Should().Be("""{"errors":[{"status":"400","code":"C1","title":"T1","detail":"D1","source":{"parameter":"sort"}},{"status":"422","code":"C2","title":"T2","source":{"pointer":"/data/attributes/x"}}],"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void An_error_document_holds_at_most_the_limit_and_says_how_many_were_found()
    {
        var errors = Enumerable.Range(1, 5).Select(n => new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity, "C" + n, "T")).ToArray();

        string json = Write(writer => DocumentWriter.WriteErrors(writer, errors, maxErrors: 2));

        json.Should().Be("""{"errors":[{"status":"422","code":"C1","title":"T"},{"status":"422","code":"C2","title":"T"}],"meta":{"truncated":true,"error_count":5},"jsonapi":{"version":"1.1"}}""");
    }

    [Fact]
    public void An_error_document_at_the_limit_is_not_marked_truncated()
    {
        var errors = Enumerable.Range(1, 2).Select(n => new ErrorObject(System.Net.HttpStatusCode.UnprocessableEntity, "C" + n, "T")).ToArray();

        string json = Write(writer => DocumentWriter.WriteErrors(writer, errors, maxErrors: 2));

        json.Should().NotContain("meta");
    }

    [Fact]
    public void A_base_url_longer_than_the_stack_buffer_still_writes_whole_links()
    {
        string longBase = "https://cards.example/" + new string('p', 600);
        var context = new DocumentContext { Links = new LinkBuilder(longBase, "", "/cards/1"), Definitions = Context.Definitions };

        string json = Write(writer => DocumentWriter.WriteSingle(writer, context, TestGraph.Cards, new Card { Id = 1 }));

        json.Should().Contain($"\"self\":\"{longBase}/cards/1\"").And.Contain($"\"related\":\"{longBase}/cards/1/owner\"");
    }

    private static IResourceDefinition CardAndCustomerDefinitions(JsonApiCards.JsonApi.Resources.ResourceType type) =>
        type == TestGraph.Cards ? new JsonApiResourceDefinition<Card>() : new JsonApiResourceDefinition<Customer>();

    private static DocumentContext IncludingOwnersCards()
    {
        var cards = new IncludeElementExpression(TestGraph.Customers.FindRelationship("cards")!, []);
        var ownersCards = new IncludeElementExpression(TestGraph.Cards.FindRelationship("owner")!, [cards]);
        return Context with
        {
            Definitions = CardAndCustomerDefinitions,
            Include = [ownersCards],
        };
    }

    private static string[] IncludedIdentities(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("included").EnumerateArray()
            .Select(resource => $"{resource.GetProperty("type").GetString()}/{resource.GetProperty("id").GetString()}")
            .ToArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonApiWriterOptions.Default))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
