using System.Net;
using System.Text;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.OpenApi;

/// <summary>
/// The rule every test's requests to /api are held to (<see cref="RequestBodyValidation"/>, on every client the test
/// application makes): a body the service accepts must be valid by the declared request schema, and a body the schema
/// rejects must get a 4xx. Here against a stand-in service that answers with the given status.
/// </summary>
public sealed class RequestBodyValidationTests
{
    private const string ValidCustomer = """{"data": {"type": "customers", "attributes": {"email": "a@example.com", "reference": null}}}""";

    private const string CustomerWithUnknownAttribute = """{"data": {"type": "customers", "attributes": {"email": "a@example.com", "shoe_size": 44}}}""";

    [Theory]
    [InlineData(ValidCustomer, HttpStatusCode.Created)]
    [InlineData(ValidCustomer, HttpStatusCode.UnprocessableEntity)]
    [InlineData(CustomerWithUnknownAttribute, HttpStatusCode.UnprocessableEntity)]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    public async Task A_valid_body_may_get_any_answer_and_a_rejected_one_a_4xx(string body, HttpStatusCode status)
    {
        using HttpClient client = ClientOfAServiceAnswering(status);

        using HttpResponseMessage response = await client.PostAsync("/api/customers", JsonApi(body));

        response.StatusCode.Should().Be(status);
    }

    [Fact]
    public async Task A_body_the_schema_rejects_that_the_service_accepts_fails_the_test_naming_operation_body_and_errors()
    {
        using HttpClient client = ClientOfAServiceAnswering(HttpStatusCode.Created);

        Func<Task> sending = () => client.PostAsync("/api/customers", JsonApi(CustomerWithUnknownAttribute));

        (await sending.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .Contain("POST /api/customers (postCustomer: POST /api/customers): the service answered 201 to a body the document's request schema rejects")
            .And.Contain(CustomerWithUnknownAttribute)
            .And.Contain("shoe_size");
    }

    [Theory]
    [InlineData("PUT", "/api/customers/1", "the document has no such operation")]
    [InlineData("POST", "/api/customers", "the operation declares no request body as text/plain")]
    public async Task A_body_the_document_has_no_schema_for_must_not_be_accepted(string method, string path, string error)
    {
        using HttpClient client = ClientOfAServiceAnswering(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "PUT" ? JsonApi(ValidCustomer) : new StringContent(ValidCustomer, Encoding.UTF8, "text/plain"),
        };

        Func<Task> sending = () => client.SendAsync(request);

        (await sending.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain(error);
    }

    private static StringContent JsonApi(string body) => new(body, Encoding.UTF8, "application/vnd.api+json");

    private static HttpClient ClientOfAServiceAnswering(HttpStatusCode status) =>
        new(new RequestBodyValidation { InnerHandler = new Answering(status) }) { BaseAddress = new Uri("http://localhost") };

    private sealed class Answering(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
    }
}
