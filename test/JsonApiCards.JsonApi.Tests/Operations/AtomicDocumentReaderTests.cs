using System.Net;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Operations;

public sealed class AtomicDocumentReaderTests
{
    private const int MaxOperations = 3;

    [Fact]
    public void Each_operation_is_read_in_order_with_its_kind_type_ref_and_data()
    {
        IReadOnlyList<AtomicOperation> operations = Read("""
            {"atomic:operations":[
              {"op":"add","data":{"type":"customers","lid":"c1"}},
              {"op":"update","ref":{"type":"cards","id":"4"},"data":{"type":"cards","id":"4"}},
              {"op":"update","data":{"type":"orders","id":"2"}}
            ]}
            """);

        operations.Select(operation => (operation.Index, operation.Kind, operation.Type.PublicName, operation.Pointer)).Should().Equal(
            (0, AtomicOperationKind.AddResource, "customers", "/atomic:operations/0"),
            (1, AtomicOperationKind.UpdateResource, "cards", "/atomic:operations/1"),
            (2, AtomicOperationKind.UpdateResource, "orders", "/atomic:operations/2"));
        operations[0].Ref.Should().BeNull();
        operations[0].Data!.Value.GetProperty("lid").GetString().Should().Be("c1");
        operations[1].Ref.Should().Be(new AtomicReference(TestGraph.Cards, "4", null, null));
        operations[2].Ref.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"op":"remove","ref":{"type":"cards","id":"4"}}""", "4", null)]
    [InlineData("""{"op":"remove","ref":{"type":"cards","lid":"new-card"}}""", null, "new-card")]
    public void A_remove_names_its_resource_by_id_or_lid_and_has_no_data(string operation, string? id, string? lid)
    {
        AtomicOperation read = Read($$"""{"atomic:operations":[{{operation}}]}""").Single();

        read.Kind.Should().Be(AtomicOperationKind.RemoveResource);
        read.Type.Should().BeSameAs(TestGraph.Cards);
        read.Ref.Should().Be(new AtomicReference(TestGraph.Cards, id, lid, null));
        read.Data.Should().BeNull();
    }

    [Theory]
    [InlineData("add", nameof(AtomicOperationKind.AddToRelationship))]
    [InlineData("update", nameof(AtomicOperationKind.UpdateRelationship))]
    [InlineData("remove", nameof(AtomicOperationKind.RemoveFromRelationship))]
    public void An_operation_whose_ref_names_a_relationship_changes_that_relationship(string op, string kind)
    {
        AtomicOperation read = Read($$"""{"atomic:operations":[{"op":"{{op}}","ref":{"type":"customers","lid":"c1","relationship":"orders"},"data":[]}]}""").Single();

        read.Kind.ToString().Should().Be(kind);
        read.Type.Should().BeSameAs(TestGraph.Customers);
        read.Ref.Should().Be(new AtomicReference(TestGraph.Customers, null, "c1", TestGraph.Customers.FindRelationship("orders")));
        read.Data!.Value.ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void As_many_operations_as_the_limit_are_read()
    {
        string operation = """{"op":"remove","ref":{"type":"cards","id":"1"}}""";

        Read($$"""{"atomic:operations":[{{operation}},{{operation}},{{operation}}]}""").Should().HaveCount(MaxOperations);
    }

    [Fact]
    public void More_operations_than_the_limit_are_a_413_that_says_how_many_were_sent_and_allowed()
    {
        string operation = """{"op":"remove","ref":{"type":"cards","id":"1"}}""";

        ErrorObject error = ReadError($$"""{"atomic:operations":[{{operation}},{{operation}},{{operation}},{{operation}}]}""", HttpStatusCode.RequestEntityTooLarge);

        error.Code.Should().Be(ErrorCodes.TooManyOperations);
        error.Pointer.Should().Be("/atomic:operations");
        error.Detail.Should().Contain("4 operations").And.Contain("at most 3");
    }

    [Theory]
    [InlineData("""[]""", "")]
    [InlineData("""{"atomic:operations":[],"included":[]}""", "/included")]
    [InlineData("""{}""", "/atomic:operations")]
    [InlineData("""{"atomic:operations":{}}""", "/atomic:operations")]
    [InlineData("""{"atomic:operations":[]}""", "/atomic:operations")]
    [InlineData("""{"atomic:operations":[7]}""", "/atomic:operations/0")]
    [InlineData("""{"atomic:operations":[{"op":"add","href":"/api/cards","data":{"type":"cards"}}]}""", "/atomic:operations/0/href")]
    [InlineData("""{"atomic:operations":[{"data":{"type":"cards"}}]}""", "/atomic:operations/0/op")]
    [InlineData("""{"atomic:operations":[{"op":1,"data":{"type":"cards"}}]}""", "/atomic:operations/0/op")]
    [InlineData("""{"atomic:operations":[{"op":"replace","data":{"type":"cards"}}]}""", "/atomic:operations/0/op")]
    [InlineData("""{"atomic:operations":[{"op":"add","ref":"cards","data":{"type":"cards"}}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"add","ref":{"type":"cards"},"data":{"type":"cards"}}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"add"}]}""", "/atomic:operations/0/data")]
    [InlineData("""{"atomic:operations":[{"op":"add","data":[]}]}""", "/atomic:operations/0/data")]
    [InlineData("""{"atomic:operations":[{"op":"add","data":{"id":"1"}}]}""", "/atomic:operations/0/data/type")]
    [InlineData("""{"atomic:operations":[{"op":"add","data":{"type":7}}]}""", "/atomic:operations/0/data/type")]
    [InlineData("""{"atomic:operations":[{"op":"add","data":{"type":"planets"}}]}""", "/atomic:operations/0/data/type")]
    [InlineData("""{"atomic:operations":[{"op":"update","ref":{"type":"cards","id":"1"},"data":{"type":"orders","id":"1"}}]}""", "/atomic:operations/0/data/type")]
    [InlineData("""{"atomic:operations":[{"op":"update","ref":{"type":"cards","id":"1"}}]}""", "/atomic:operations/0/data")]
    [InlineData("""{"atomic:operations":[{"op":"remove"}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"cards"}}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"cards","id":"1"},"data":null}]}""", "/atomic:operations/0/data")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"id":"1"}}]}""", "/atomic:operations/0/ref/type")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"planets","id":"1"}}]}""", "/atomic:operations/0/ref/type")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"cards","id":1}}]}""", "/atomic:operations/0/ref/id")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"cards","lid":false}}]}""", "/atomic:operations/0/ref/lid")]
    [InlineData("""{"atomic:operations":[{"op":"remove","ref":{"type":"cards","id":"1","lid":"a"}}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"add","ref":{"type":"customers","id":"1","relationship":3},"data":[]}]}""", "/atomic:operations/0/ref/relationship")]
    [InlineData("""{"atomic:operations":[{"op":"add","ref":{"type":"customers","relationship":"orders"},"data":[]}]}""", "/atomic:operations/0/ref")]
    [InlineData("""{"atomic:operations":[{"op":"add","ref":{"type":"customers","id":"1","relationship":"orders"}}]}""", "/atomic:operations/0")]
    [InlineData("""{"atomic:operations":[{"op":"replace","ref":{"type":"customers","id":"1","relationship":"orders"},"data":[]}]}""", "/atomic:operations/0/op")]
    public void A_document_that_breaks_the_extension_structure_is_a_400_at_the_member_that_breaks_it(string json, string pointer)
    {
        ErrorObject error = ReadError(json, HttpStatusCode.BadRequest);

        error.Code.Should().Be(ErrorCodes.InvalidRequestBody);
        error.Pointer.Should().Be(pointer);
    }

    [Fact]
    public void A_ref_to_a_relationship_the_type_lacks_is_a_422_at_the_relationship_member()
    {
        ErrorObject error = ReadError(
            """{"atomic:operations":[{"op":"add","ref":{"type":"customers","id":"1","relationship":"pets"},"data":[]}]}""", HttpStatusCode.UnprocessableEntity);

        error.Code.Should().Be(ErrorCodes.UnknownRelationship);
        error.Pointer.Should().Be("/atomic:operations/0/ref/relationship");
    }

    [Fact]
    public void An_error_in_a_later_operation_points_at_that_operation()
    {
        ErrorObject error = ReadError(
            """{"atomic:operations":[{"op":"remove","ref":{"type":"cards","id":"1"}},{"op":"remove","ref":{"type":"cards","id":"2"}},{"op":"remove"}]}""",
            HttpStatusCode.BadRequest);

        error.Pointer.Should().Be("/atomic:operations/2/ref");
    }

    private static IReadOnlyList<AtomicOperation> Read(string json)
    {
        // Not disposed: the operations' data stays readable after the call, as it does within a request.
        var document = JsonDocument.Parse(json);
        return AtomicDocumentReader.Read(document, TestGraph.Graph, MaxOperations);
    }

    private static ErrorObject ReadError(string json, HttpStatusCode status)
    {
        var read = () => Read(json);

        JsonApiException exception = read.Should().Throw<JsonApiException>().Which;
        exception.Status.Should().Be(status);
        ErrorObject error = exception.Errors.Should().ContainSingle().Subject;
        error.Detail.Should().NotBeNullOrWhiteSpace("every error says what was expected");
        return error;
    }
}
