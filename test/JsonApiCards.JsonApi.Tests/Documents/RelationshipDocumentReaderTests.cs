using System.Net;
using System.Text;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Documents;

public sealed class RelationshipDocumentReaderTests
{
    private static RelationshipField Owner => TestGraph.Cards.FindRelationship("owner")!;

    private static RelationshipField Orders => TestGraph.Customers.FindRelationship("orders")!;

    [Theory]
    [InlineData("""{"data":{"type":"customers","id":"5"}}""", "5")]
    [InlineData("""{"data":{"type":"customers","id":"5","meta":{"note":"x"}},"meta":{"by":"me"},"jsonapi":{"version":"1.1"}}""", "5")]
    [InlineData("""{"data":null}""", "")]
    public void A_to_one_body_is_one_identifier_or_null(string json, string ids)
    {
        RelationshipRequest linkage = Read(json, Owner);

        linkage.Relationship.Should().BeSameAs(Owner);
        string.Join(',', linkage.Ids).Should().Be(ids);
        linkage.Pointer.Should().Be("/data");
    }

    [Theory]
    [InlineData("""{"data":[{"type":"orders","id":"3"},{"type":"orders","id":"1"}]}""", "3,1")]
    [InlineData("""{"data":[{"type":"orders","id":"3"},{"type":"orders","id":"3"}]}""", "3")]
    [InlineData("""{"data":[]}""", "")]
    public void A_to_many_body_is_an_array_of_identifiers_read_in_order_once_each(string json, string ids)
    {
        RelationshipRequest linkage = Read(json, Orders);

        string.Join(',', linkage.Ids).Should().Be(ids);
        linkage.Pointer.Should().Be("/data");
    }

    [Theory]
    [InlineData("", "to-one", HttpStatusCode.BadRequest, "MISSING_REQUEST_BODY", null,
        "This request needs a JSON:API document in its body.")]
    [InlineData("{\"data\":", "to-one", HttpStatusCode.BadRequest, "MALFORMED_JSON", null,
        "The request body is not valid JSON at line 1, position 9.")]
    [InlineData("""{}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "",
        "Expected a top-level 'data' member.")]
    [InlineData("""{"data":null,"included":[]}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/included",
        "A request document does not take 'included': send each resource in a request of its own, or use atomic operations.")]
    [InlineData("""{"data":[{"type":"customers","id":"5"}]}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected a resource identifier or null for the to-one relationship 'owner'.")]
    [InlineData("""{"data":"5"}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected a resource identifier or null for the to-one relationship 'owner'.")]
    [InlineData("""{"data":{"id":"5"}}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected a 'type' member in the resource identifier.")]
    [InlineData("""{"data":{"type":"customers"}}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected an 'id' member in the resource identifier.")]
    [InlineData("""{"data":{"type":"customers","id":5}}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/id",
        "Expected 'id' to be a string.")]
    [InlineData("""{"data":{"type":"customers","lid":"new-1"}}""", "to-one", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/lid",
        "Local ids ('lid') are not supported: identify the related resource by its 'id'.")]
    [InlineData("""{"data":{"type":"orders","id":"5"}}""", "to-one", HttpStatusCode.Conflict, "TYPE_MISMATCH", "/data/type",
        "Expected type 'customers', not 'orders'.")]
    [InlineData("""{"data":{"type":"customers","id":"five"}}""", "to-one", HttpStatusCode.NotFound, "RELATED_RESOURCE_NOT_FOUND", "/data",
        "There is no customers with id 'five'.")]
    [InlineData("""{"data":null}""", "to-many", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected an array of resource identifiers for the to-many relationship 'orders'.")]
    [InlineData("""{"data":{"type":"orders","id":"1"}}""", "to-many", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data",
        "Expected an array of resource identifiers for the to-many relationship 'orders'.")]
    [InlineData("""{"data":[{"type":"orders","id":"1"},7]}""", "to-many", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/1",
        "Expected a resource identifier object with 'type' and 'id'.")]
    [InlineData("""{"data":[{"type":"orders","id":"1"},{"type":"orders"}]}""", "to-many", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/1",
        "Expected an 'id' member in the resource identifier.")]
    [InlineData("""{"data":[{"type":"orders","id":"1"},{"type":"orders","lid":"a"}]}""", "to-many", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/1/lid",
        "Local ids ('lid') are not supported: identify the related resource by its 'id'.")]
    [InlineData("""{"data":[{"type":"orders","id":"1"},{"type":"cards","id":"2"}]}""", "to-many", HttpStatusCode.Conflict, "TYPE_MISMATCH", "/data/1/type",
        "Expected type 'orders', not 'cards'.")]
    [InlineData("""{"data":[{"type":"orders","id":"-2"}]}""", "to-many", HttpStatusCode.NotFound, "RELATED_RESOURCE_NOT_FOUND", "/data/0",
        "There is no orders with id '-2'.")]
    public void A_body_that_is_not_linkage_of_the_relationship_is_refused_with_a_pointer_and_what_was_expected(string json, string kind, HttpStatusCode status, string code, string? pointer, string detail)
    {
        var read = () => Read(json, kind == "to-one" ? Owner : Orders);

        var exception = read.Should().Throw<JsonApiException>().Which;
        exception.Status.Should().Be(status);
        var error = exception.Errors.Should().ContainSingle().Subject;
        (error.Code, error.Pointer, error.Detail).Should().Be((code, pointer, detail));
    }

    [Fact]
    public void A_resource_body_may_fill_an_append_only_relationship_on_create_but_not_replace_it_on_update()
    {
        var created = DocumentReader.ReadResource(Utf8("""{"data":{"type":"customers","relationships":{"audit_events":{"data":[{"type":"audit_events","id":"1"}]}}}}"""), TestGraph.Customers, expectedId: null);
        var replace = () => DocumentReader.ReadResource(Utf8("""{"data":{"type":"customers","id":"4","relationships":{"audit_events":{"data":[]}}}}"""), TestGraph.Customers, expectedId: 4);

        created.Relationships.Keys.Select(relationship => relationship.PublicName).Should().Equal("audit_events");
        var error = replace.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Subject;
        error.Should().Be(new ErrorObject(HttpStatusCode.Forbidden, "RELATIONSHIP_CHANGE_FORBIDDEN", "The relationship cannot be changed this way.",
            "Replacing every member of 'audit_events' of customers is not allowed. You may add members with POST.") { Pointer = "/data/relationships/audit_events" });
    }

    private static RelationshipRequest Read(string json, RelationshipField relationship) => DocumentReader.ReadRelationship(Utf8(json), relationship);

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
