using System.Text;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Operations;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Operations;

public sealed class OperationDocumentTests
{
    private const string Pointer = "/atomic:operations/1/data";

    private readonly LocalIds _lids = new();

    public OperationDocumentTests()
    {
        _lids.Define("owner-1", TestGraph.Customers, 41);
        _lids.Define("order-1", TestGraph.Orders, 7);
    }

    [Fact]
    public void An_add_declares_its_own_lid_and_takes_it_out_while_the_lids_it_links_to_become_ids()
    {
        using OperationDocument document = ForResource("""
            {"type":"cards","lid":"card-1","attributes":{"brand":"visa"},
             "relationships":{"owner":{"data":{"type":"customers","lid":"owner-1"},"meta":{"m":1}},"@ext:note":{"x":1}},"meta":{"k":2}}
            """, creates: true);

        document.DeclaredLid.Should().Be("card-1");
        document.ResourceId.Should().BeNull();
        Text(document).Should().Be(
            """{"data":{"type":"cards","attributes":{"brand":"visa"},"relationships":{"owner":{"data":{"type":"customers","id":"41"},"meta":{"m":1}},"@ext:note":{"x":1}},"meta":{"k":2}}}""");
    }

    [Fact]
    public void An_update_that_names_its_resource_by_lid_gets_that_resource_id()
    {
        using OperationDocument document = ForResource("""{"type":"customers","lid":"owner-1","attributes":{"name":"Ada"}}""", creates: false);

        document.DeclaredLid.Should().BeNull();
        document.ResourceId.Should().Be(41);
        Text(document).Should().Be("""{"data":{"type":"customers","id":"41","attributes":{"name":"Ada"}}}""");
    }

    [Theory]
    [InlineData("""{"type":"customers","id":"12"}""", 12L)]
    [InlineData("""{"type":"customers","id":12}""", 12L)]
    [InlineData("""{"type":"customers","id":"twelve"}""", null)]
    [InlineData("""{"type":"customers","id":true}""", null)]
    [InlineData("""{"type":"customers"}""", null)]
    public void The_resource_id_is_the_id_a_resource_object_sends_when_it_is_one(string data, long? id)
    {
        using OperationDocument document = ForResource(data, creates: false);

        document.ResourceId.Should().Be(id);
        Text(document).Should().Be($$"""{"data":{{data}}}""");
    }

    [Theory]
    [InlineData("""[1,2]""")]
    [InlineData("""null""")]
    [InlineData("""{"type":"customers","relationships":{"orders":[{"type":"orders","lid":"order-1"}]}}""")]
    [InlineData("""{"type":"customers","relationships":{"orders":{"data":[{"type":"orders","id":"3"},7,null]}}}""")]
    public void What_is_not_a_resource_object_or_linkage_is_passed_on_unchanged_for_the_reader_to_refuse(string data)
    {
        using OperationDocument document = ForResource(data, creates: true);

        Text(document).Should().Be($$"""{"data":{{data}}}""");
    }

    [Fact]
    public void Linkage_has_each_lid_replaced_by_its_id_in_place()
    {
        using OperationDocument document = OperationDocument.ForLinkage(
            Parse("""[{"type":"orders","id":"3"},{"type":"orders","lid":"order-1","meta":{"n":1}}]"""), _lids, Pointer);

        Text(document).Should().Be("""{"data":[{"type":"orders","id":"3"},{"type":"orders","id":"7","meta":{"n":1}}]}""");
    }

    [Fact]
    public void Null_linkage_stays_null()
    {
        using OperationDocument document = OperationDocument.ForLinkage(Parse("null"), _lids, Pointer);

        Text(document).Should().Be("""{"data":null}""");
    }

    [Theory]
    [InlineData("""{"type":"customers","id":"1","lid":"owner-1"}""", "ForResource", Pointer)]
    [InlineData("""{"type":"customers","lid":7}""", "ForResource", Pointer + "/lid")]
    [InlineData("""{"type":"customers","lid":"nobody"}""", "ForResource", Pointer + "/lid")]
    [InlineData("""{"type":"orders","lid":"owner-1"}""", "ForResource", Pointer + "/lid")]
    [InlineData("""{"type":"cards","relationships":{"owner":{"data":{"type":"customers","id":"1","lid":"owner-1"}}}}""", "ForResource", Pointer + "/relationships/owner/data")]
    [InlineData("""{"type":"customers","relationships":{"orders":{"data":[{"type":"orders","id":"1"},{"type":"orders","lid":false}]}}}""", "ForResource", Pointer + "/relationships/orders/data/1/lid")]
    [InlineData("""{"type":"cards","relationships":{"owner":{"data":{"type":"orders","lid":"owner-1"}}}}""", "ForResource", Pointer + "/relationships/owner/data/lid")]
    [InlineData("""[{"type":"orders","id":"1"},{"type":"orders","lid":"later"}]""", "ForLinkage", Pointer + "/1/lid")]
    [InlineData("""{"type":"orders","lid":"order-1","id":"7"}""", "ForLinkage", Pointer)]
    public void A_lid_that_is_not_a_string_not_yet_defined_of_another_type_or_beside_an_id_is_a_400_at_its_place(string data, string method, string pointer)
    {
        var write = () => method == "ForLinkage" ? OperationDocument.ForLinkage(Parse(data), _lids, Pointer) : ForResource(data, creates: false);

        ErrorObject error = write.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ErrorCodes.InvalidRequestBody);
        error.Pointer.Should().Be(pointer);
        error.Detail.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_add_may_not_declare_a_lid_an_earlier_operation_declared()
    {
        var write = () => ForResource("""{"type":"customers","lid":"owner-1"}""", creates: true);

        write.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Which.Pointer.Should().Be(Pointer + "/lid");
    }

    [Fact]
    public void Disposing_the_document_erases_its_bytes()
    {
        OperationDocument document = ForResource("""{"type":"cards","attributes":{"number":"4111111111111111"}}""", creates: true);
        ReadOnlyMemory<byte> body = document.Body;

        document.Dispose();

        document.Body.Length.Should().Be(0);
        body.ToArray().Should().OnlyContain(value => value == 0);
    }

    private OperationDocument ForResource(string data, bool creates) => OperationDocument.ForResource(Parse(data), _lids, Pointer, creates);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static string Text(OperationDocument document) => Encoding.UTF8.GetString(document.Body.Span);
}
