using System.Net;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.JsonApi;

public sealed class RequestDocumentTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "MISSING_REQUEST_BODY", null)]
    [InlineData("{\"data\":", HttpStatusCode.BadRequest, "MALFORMED_JSON", null)]
    [InlineData("[]", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "")]
    [InlineData("{}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "")]
    [InlineData("{\"data\":null}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data")]
    [InlineData("{\"data\":[]}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data")]
    [InlineData("{\"data\":{\"attributes\":{}}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data")]
    [InlineData("{\"data\":{\"type\":5}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/type")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"attributes\":[]}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/attributes")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"relationships\":{\"order\":{}}}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/relationships/order")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"relationships\":{\"order\":{\"data\":[]}}}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/relationships/order/data")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"relationships\":{\"customer\":{\"data\":null}}}}", HttpStatusCode.UnprocessableEntity, "UNKNOWN_RELATIONSHIP", "/data/relationships/customer")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"relationships\":{\"order\":{\"data\":{\"type\":\"customers\",\"id\":\"1\"}}}}}", HttpStatusCode.Conflict, "TYPE_MISMATCH", "/data/relationships/order/data/type")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"lid\":\"a\"}}", HttpStatusCode.BadRequest, "INVALID_REQUEST_BODY", "/data/lid")]
    [InlineData("{\"data\":{\"type\":\"orders\"}}", HttpStatusCode.Conflict, "TYPE_MISMATCH", "/data/type")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"id\":\"5\"}}", HttpStatusCode.Forbidden, "CLIENT_GENERATED_ID_NOT_ALLOWED", "/data/id")]
    public async Task A_create_body_that_breaks_the_document_structure_is_refused(string body, HttpStatusCode status, string code, string? pointer)
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", body);

        response.StatusCode.Should().Be(status);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be(code);
        error.Pointer.Should().Be(pointer);
    }

    [Fact]
    public async Task A_create_without_a_body_is_a_400_that_asks_for_a_document()
    {
        var response = await Client.PostDocumentAsync("/api/customers", "");

        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_create_that_names_its_own_id_is_a_403_pointing_at_it()
    {
        var response = await Client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","id":"7","attributes":{"email":"ann@example.com"}}}""");

        await Snapshot.MatchAsync(response);
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_relationship_the_type_does_not_have_is_a_422_naming_it()
    {
        var response = await Client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com"},"relationships":{"credit_cards":{"data":[]}}}}""");

        await Snapshot.MatchAsync(response);
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"attributes\":{}}}", HttpStatusCode.BadRequest, "/data")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"id\":\"2\",\"attributes\":{}}}", HttpStatusCode.Conflict, "/data/id")]
    [InlineData("{\"data\":{\"type\":\"credit_cards\",\"id\":true,\"attributes\":{}}}", HttpStatusCode.BadRequest, "/data/id")]
    [InlineData("{\"data\":{\"type\":\"orders\",\"id\":\"1\",\"attributes\":{}}}", HttpStatusCode.Conflict, "/data/type")]
    public async Task An_update_body_must_name_the_resource_of_the_url(string body, HttpStatusCode status, string pointer)
    {
        await Client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());

        var response = await Client.PatchDocumentAsync("/api/credit_cards/1", body);

        response.StatusCode.Should().Be(status);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be(pointer);
    }

    [Fact]
    public async Task Malformed_json_says_where_it_broke()
    {
        var response = await Client.PostDocumentAsync("/api/credit_cards", "{\"data\": {\"type\": }}");

        await Snapshot.MatchAsync(response);
    }

    /// <summary>Text that is not Unicode: raw bytes that are not UTF-8, or an escaped surrogate without its pair, in a value or a name.</summary>
    public static TheoryData<byte[], string> BodiesWithInvalidText => new()
    {
        { Utf8Body(CustomerWithReference + "\\ud800\"}}}"), "at byte 79" },
        { Utf8Body(CustomerWithReference + "x\\udc00y\"}}}"), "at byte 79" },
        { Utf8Body("{\"data\":{\"type\":\"customers\",\"attributes\":{\"email\":\"a@example.com\",\"\\ud800\":\"x\"}}}"), "at byte 67" },
        { [.. Utf8Body(CustomerWithReference), 0xFF, 0xFE, .. Utf8Body("\"}}}")], "at byte 79" },
        { [.. Utf8Body("{\"data\":{\"type\":\"customers"), 0xC3, .. Utf8Body("\",\"attributes\":{\"email\":\"a@example.com\"}}}")], "at byte 17" },
    };

    private const string CustomerWithReference = "{\"data\":{\"type\":\"customers\",\"attributes\":{\"email\":\"a@example.com\",\"reference\":\"";

    [Theory]
    [MemberData(nameof(BodiesWithInvalidText))]
    public async Task Text_that_is_not_unicode_is_a_400_that_says_where_and_creates_nothing(byte[] body, string where)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(JsonApiHttp.MediaType);

        var response = await Client.PostAsync("/api/customers", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "MALFORMED_JSON", "Failed to deserialize request body.",
            $"The request body holds text that is not Unicode (bytes that are not UTF-8, or an unpaired surrogate escape) in the string {where}.", null, null, null));
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413()
    {
        string body = CreditCardRequests.Create(extraAttributes: $", \"reference\": \"{new string('x', 300_000)}\"");

        var response = await Client.PostDocumentAsync("/api/credit_cards", body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("413", "REQUEST_BODY_TOO_LARGE", "The request body is too large.",
            "Request bodies may not exceed 262144 bytes.", null, null, null));
    }

    [Fact]
    public async Task Deeply_nested_json_is_a_400_not_a_crash()
    {
        string nested = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var response = await Client.PostDocumentAsync("/api/credit_cards", $"{{\"data\":{nested}}}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static byte[] Utf8Body(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
