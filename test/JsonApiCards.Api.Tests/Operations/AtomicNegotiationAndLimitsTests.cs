using System.Net;
using System.Text;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JsonApiCards.Api.Tests.Operations;

/// <summary>The atomic endpoint takes and gives only the JSON:API media type with the extension, and holds requests to its limits.</summary>
public sealed class AtomicNegotiationAndLimitsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string AtomicContentTypeDetail =
        """Send 'Content-Type: application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"': this endpoint takes atomic operations only, with no media type parameters other than 'ext' and 'profile'.""";

    private const string AddCustomer = """{ "atomic:operations": [ { "op": "add", "data": { "type": "customers", "attributes": { "email": "ann@example.com" } } } ] }""";

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/json")]
    [InlineData("""application/vnd.api+json; ext="https://jsonapi.org/ext/atomic https://example.com/ext/other" """)]
    [InlineData("""application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"; charset=utf-8""")]
    public async Task A_body_that_does_not_apply_the_extension_is_a_415(string contentType)
    {
        var response = await Client.PostOperationsAsync(AddCustomer, contentType: contentType);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("415", "UNSUPPORTED_MEDIA_TYPE", "The specified Content-Type header value is not supported.",
            AtomicContentTypeDetail, null, null, "Content-Type"));
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("application/vnd.api+json")]
    [InlineData("""application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"; q=0""")]
    [InlineData("""application/vnd.api+json; ext="https://example.com/ext/other" """)]
    [InlineData("text/html")]
    public async Task An_accept_header_that_does_not_admit_the_extension_is_a_406(string accept)
    {
        var response = await Client.PostOperationsAsync(AddCustomer, accept: accept);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("406", "NOT_ACCEPTABLE", "The specified Accept header value does not contain any supported media types.",
            """Accept 'application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"': this endpoint answers with atomic results only.""", null, null, "Accept"));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("""application/vnd.api+json, application/vnd.api+json; ext="https://jsonapi.org/ext/atomic"; profile="https://example.com/profile" """)]
    public async Task An_accept_header_that_admits_the_extension_gets_results_with_the_ext_parameter(string accept)
    {
        var response = await Client.PostOperationsAsync(AddCustomer, accept: accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.Parameters.Should().ContainSingle(parameter => parameter.Name == "ext" && parameter.Value == "\"https://jsonapi.org/ext/atomic\"");
    }

    [Fact]
    public async Task The_single_routes_still_refuse_the_extension()
    {
        var response = await Client.PostOperationsAsync(AddCustomer);
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/customers") { Content = new StringContent("""{ "data": { "type": "customers", "attributes": { "email": "bob@example.com" } } }""", Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(AtomicHttp.MediaType.Trim());
        (await Client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("""{ "data": { "type": "customers" } }""", "/atomic:operations")]
    [InlineData("""{ "atomic:operations": [], "included": [] }""", "/included")]
    [InlineData("""{ "atomic:operations": {} }""", "/atomic:operations")]
    [InlineData("""{ "atomic:operations": [] }""", "/atomic:operations")]
    [InlineData("""{ "atomic:operations": [ { "op": "replace", "data": { "type": "customers" } } ] }""", "/atomic:operations/0/op")]
    [InlineData("""{ "atomic:operations": [ { "op": "add", "data": { "type": "planets" } } ] }""", "/atomic:operations/0/data/type")]
    [InlineData("""{ "atomic:operations": [ { "op": "remove", "ref": { "type": "customers" } } ] }""", "/atomic:operations/0/ref")]
    [InlineData("""{ "atomic:operations": [ { "op": "add", "ref": { "type": "customers", "id": "1", "relationship": "orders" } } ] }""", "/atomic:operations/0")]
    public async Task A_document_that_breaks_the_extensions_structure_is_a_400_pointing_at_the_member(string body, string pointer)
    {
        var response = await Client.PostOperationsAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Pointer.Should().Be(pointer);
    }

    [Fact]
    public async Task A_query_string_is_a_400()
    {
        var request = "/api/operations?include=orders";
        using var message = new HttpRequestMessage(HttpMethod.Post, request) { Content = new StringContent(AddCustomer, Encoding.UTF8) };
        message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(AtomicHttp.MediaType.Trim());
        message.Headers.Accept.ParseAdd(AtomicHttp.MediaType.Trim());

        var response = await Client.SendAsync(message);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_QUERY_PARAMETER", "Invalid query string parameter.",
            "Atomic operations requests take no query parameters.", null, "include", null));
    }

    [Fact]
    public async Task More_operations_than_the_limit_is_a_413_and_nothing_is_written()
    {
        // Arrange: a limit of 2, and 3 operations
        using var limited = App.WithWebHostBuilder(builder => builder.UseSetting("JsonApi:MaxAtomicOperations", "2"));
        using HttpClient client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);
        string add = """{ "op": "add", "data": { "type": "customers", "attributes": { "email": "EMAIL" } } }""";
        string operations = $$"""{ "atomic:operations": [ {{add.Replace("EMAIL", "a@example.com", StringComparison.Ordinal)}}, {{add.Replace("EMAIL", "b@example.com", StringComparison.Ordinal)}}, {{add.Replace("EMAIL", "c@example.com", StringComparison.Ordinal)}} ] }""";

        // Act
        var response = await client.PostOperationsAsync(operations);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("413", "TOO_MANY_OPERATIONS", "Too many operations.",
            "The request holds 3 operations; at most 2 may be sent in one request.", "/atomic:operations", null, null));
        (await Client.GetIdsAsync("/api/customers")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413()
    {
        string padding = new('x', 300 * 1024);
        var response = await Client.PostOperationsAsync($$"""{ "meta": { "padding": "{{padding}}" }, "atomic:operations": [] }""");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("413", "REQUEST_BODY_TOO_LARGE", "The request body is too large.",
            "Request bodies may not exceed 262144 bytes.", null, null, null));
    }
}
