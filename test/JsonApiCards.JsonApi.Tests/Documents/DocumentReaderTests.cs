using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Documents;

public sealed class DocumentReaderTests
{
    [Fact]
    public void A_create_document_is_read_into_typed_attribute_values_and_linkage()
    {
        var request = Read("""
            {"data":{"type":"cards","attributes":{"reference":"R1","month":3,"balance":1.25,"is_default":true,"created_at":"2026-01-02T03:04:05Z","holder_name":null,"metadata":{"k":"v"},"number":"4111"},
             "relationships":{"owner":{"data":{"type":"customers","id":"5"}},"order":{"data":null}}}}
            """);

        request.Id.Should().BeNull();
        var values = request.Attributes.ToDictionary(pair => pair.Key.PublicName, pair => pair.Value);
        ((JsonObject)values["metadata"]!).ToJsonString().Should().Be("""{"k":"v"}""");
        values.Remove("metadata");
        values.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["reference"] = "R1", ["month"] = 3, ["balance"] = 1.25m, ["is_default"] = true,
            ["created_at"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), ["holder_name"] = null, ["number"] = "4111",
        });
        request.Relationships.Values.Select(linkage => (linkage.Relationship.PublicName, string.Join(',', linkage.Ids))).Should().Equal(("owner", "5"), ("order", ""));
    }

    [Fact]
    public void An_update_document_must_carry_the_id_of_the_url()
    {
        Read("""{"data":{"type":"cards","id":"9","attributes":{}}}""", expectedId: 9).Id.Should().Be(9);

        var mismatch = () => Read("""{"data":{"type":"cards","id":"8","attributes":{}}}""", expectedId: 9);

        mismatch.Should().Throw<JsonApiException>().Which.Status.Should().Be(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"data":{"type":"cards","attributes":{"display_number":"x"}}}""", "READ_ONLY_ATTRIBUTE", "/data/attributes/display_number")]
    [InlineData("""{"data":{"type":"cards","attributes":{"card_type":"visa"}}}""", "READ_ONLY_ATTRIBUTE", "/data/attributes/card_type")]
    [InlineData("""{"data":{"type":"cards","attributes":{"month":"3"}}}""", "INVALID_ATTRIBUTE_VALUE", "/data/attributes/month")]
    [InlineData("""{"data":{"type":"cards","attributes":{"month":3.5}}}""", "INVALID_ATTRIBUTE_VALUE", "/data/attributes/month")]
    [InlineData("""{"data":{"type":"cards","attributes":{"reference":null}}}""", "INVALID_ATTRIBUTE_VALUE", "/data/attributes/reference")]
    [InlineData("""{"data":{"type":"cards","attributes":{"created_at":"yesterday"}}}""", "INVALID_ATTRIBUTE_VALUE", "/data/attributes/created_at")]
    [InlineData("""{"data":{"type":"cards","attributes":{"metadata":"x"}}}""", "INVALID_ATTRIBUTE_VALUE", "/data/attributes/metadata")]
    [InlineData("""{"data":{"type":"cards","attributes":{"nope":1}}}""", "UNKNOWN_ATTRIBUTE", "/data/attributes/nope")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"type":"customers","id":"x"}}}}}""", "RELATED_RESOURCE_NOT_FOUND", "/data/relationships/owner/data")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"type":"customers","id":5}}}}}""", "INVALID_REQUEST_BODY", "/data/relationships/owner/data/id")]
    [InlineData("""{"data":{"type":"cards","attributes":{"month":3,"month":4}}}""", "INVALID_REQUEST_BODY", "/data/attributes/month")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":null},"owner":{"data":{"type":"customers","id":"2"}}}}}""", "INVALID_REQUEST_BODY", "/data/relationships/owner")]
    public void Attributes_and_linkage_that_cannot_be_taken_are_refused_with_a_pointer(string json, string code, string pointer)
    {
        var read = () => Read(json);

        var error = read.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(code);
        error.Pointer.Should().Be(pointer);
        error.Detail.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("""[]""", null, "",
        "Expected the request body to be a JSON object.")]
    [InlineData("""{}""", null, "",
        "Expected a top-level 'data' member.")]
    [InlineData("""{"data":{"type":"cards"},"included":[]}""", null, "/included",
        "A request document does not take 'included': send each resource in a request of its own, or use atomic operations.")]
    [InlineData("""{"data":null}""", null, "/data",
        "Expected 'data' to be a resource object.")]
    [InlineData("""{"data":{"type":"cards","lid":"a"}}""", null, "/data/lid",
        "Local ids ('lid') are taken only by atomic operations: create the resource without one.")]
    [InlineData("""{"data":{"attributes":{}}}""", null, "/data",
        "Expected a 'type' member in the resource object.")]
    [InlineData("""{"data":{"type":5}}""", null, "/data/type",
        "Expected 'type' to be a string.")]
    [InlineData("""{"data":{"type":"cards","attributes":{}}}""", 9L, "/data",
        "Expected an 'id' member in the resource object.")]
    [InlineData("""{"data":{"type":"cards","id":true,"attributes":{}}}""", 9L, "/data/id",
        "Expected 'id' to be a string.")]
    [InlineData("""{"data":{"type":"cards","attributes":[]}}""", null, "/data/attributes",
        "Expected 'attributes' to be an object.")]
    [InlineData("""{"data":{"type":"cards","attributes":{"month":3,"month":4}}}""", null, "/data/attributes/month",
        "The attribute 'month' appears more than once.")]
    [InlineData("""{"data":{"type":"cards","relationships":[]}}""", null, "/data/relationships",
        "Expected 'relationships' to be an object.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{}}}}""", null, "/data/relationships/owner",
        "Expected 'owner' to be a relationship object with a 'data' member.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":5}}}""", null, "/data/relationships/owner",
        "Expected 'owner' to be a relationship object with a 'data' member.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":null},"owner":{"data":null}}}}""", null, "/data/relationships/owner",
        "The relationship 'owner' appears more than once.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":[]}}}}""", null, "/data/relationships/owner/data",
        "Expected a resource identifier or null for the to-one relationship 'owner'.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"type":"customers","lid":"x"}}}}}""", null, "/data/relationships/owner/data/lid",
        "Local ids ('lid') are not supported: identify the related resource by its 'id'.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"id":"1"}}}}}""", null, "/data/relationships/owner/data",
        "Expected a 'type' member in the resource identifier.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"type":"customers"}}}}}""", null, "/data/relationships/owner/data",
        "Expected an 'id' member in the resource identifier.")]
    [InlineData("""{"data":{"type":"cards","relationships":{"owner":{"data":{"type":"customers","id":5}}}}}""", null, "/data/relationships/owner/data/id",
        "Expected 'id' to be a string.")]
    public void A_body_that_breaks_the_document_structure_is_a_400_pointing_at_the_member_and_saying_what_was_expected(string json, long? expectedId, string pointer, string detail)
    {
        var read = () => Read(json, expectedId);

        var exception = read.Should().Throw<JsonApiException>().Which;
        exception.Errors.Should().ContainSingle().Which.Should().Be(
            new ErrorObject(HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "Invalid request body.", detail) { Pointer = pointer });
    }

    [Fact]
    public void Every_attribute_error_is_reported_at_once()
    {
        var read = () => Read("""{"data":{"type":"cards","attributes":{"nope":1,"month":"x","display_number":"y"}}}""");

        read.Should().Throw<JsonApiException>().Which.Errors.Select(error => error.Pointer)
            .Should().Equal("/data/attributes/nope", "/data/attributes/month", "/data/attributes/display_number");
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        byte[] body = Encoding.UTF8.GetBytes("""{"data":null}""");

        FluentActions.Invoking(() => DocumentReader.ReadResource(body, null!, expectedId: null)).Should().Throw<ArgumentNullException>().WithParameterName("endpointType");
        FluentActions.Invoking(() => DocumentReader.ReadRelationship(body, null!)).Should().Throw<ArgumentNullException>().WithParameterName("relationship");
    }

    private static ResourceRequest Read(string json, long? expectedId = null) =>
        DocumentReader.ReadResource(Encoding.UTF8.GetBytes(json), TestGraph.Cards, expectedId);
}
