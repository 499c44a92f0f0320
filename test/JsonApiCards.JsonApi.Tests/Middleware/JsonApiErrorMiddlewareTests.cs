using System.Net;
using System.Text;
using System.Text.Json;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Middleware;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Tests.Middleware;

public sealed class JsonApiErrorMiddlewareTests
{
    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, "The request is malformed.")]
    [InlineData(StatusCodes.Status413PayloadTooLarge, "The request body is too large.")]
    public async Task A_request_the_server_could_not_read_is_an_error_document_with_the_servers_status(int status, string detail)
    {
        HttpContext context = await InvokeAsync(_ => throw new BadHttpRequestException("unreadable", status));

        context.Response.StatusCode.Should().Be(status);
        context.Response.ContentType.Should().Be("application/vnd.api+json");
        ErrorsOf(context).Should().Equal($"{status} BAD_REQUEST The request could not be read. {detail}");
    }

    [Fact]
    public async Task A_json_api_exception_answers_with_its_errors_and_drops_what_the_handler_had_set()
    {
        HttpContext context = await InvokeAsync(handler =>
        {
            handler.Response.Headers.ETag = "\"1\"";
            throw new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, "TYPE_MISMATCH", "Wrong type.", "Expected cards."));
        });

        context.Response.StatusCode.Should().Be(409);
        context.Response.Headers.ETag.Should().BeEmpty();
        ErrorsOf(context).Should().Equal("409 TYPE_MISMATCH Wrong type. Expected cards.");
    }

    [Theory]
    [InlineData(DatabaseFailureKind.Busy, 503, "1",
        "503 DATABASE_BUSY The service is busy. The database could not take the change now; nothing was saved. Retry after 1 seconds.")]
    [InlineData(DatabaseFailureKind.UniqueViolation, 409, "",
        "409 CONFLICT The change conflicts with existing data. Another record already holds this value.")]
    [InlineData(DatabaseFailureKind.ForeignKeyViolation, 409, "",
        "409 CONFLICT The change conflicts with existing data. The change refers to a record that no longer exists, or removes one that others still refer to.")]
    public async Task A_database_failure_a_client_can_act_on_is_a_409_or_a_503_to_retry(DatabaseFailureKind kind, int status, string retryAfter, string error)
    {
        HttpContext context = await InvokeAsync(_ => throw new InvalidOperationException("database"), new Classifier(new DatabaseFailure(kind)));

        context.Response.StatusCode.Should().Be(status);
        context.Response.Headers.RetryAfter.ToString().Should().Be(retryAfter);
        ErrorsOf(context).Should().Equal(error);
    }

    [Fact]
    public async Task A_unique_violation_names_the_rule_when_the_database_gave_one()
    {
        HttpContext context = await InvokeAsync(_ => throw new InvalidOperationException("database"), new Classifier(new DatabaseFailure(DatabaseFailureKind.UniqueViolation, "one default card per customer")));

        ErrorsOf(context).Should().Equal("409 CONFLICT The change conflicts with existing data. Another record already holds this value: one default card per customer");
    }

    [Fact]
    public async Task Any_other_failure_is_a_500_that_tells_nothing_of_the_server()
    {
        HttpContext context = await InvokeAsync(_ => throw new InvalidOperationException("connection string Password=secret"), new Classifier(null));

        context.Response.StatusCode.Should().Be(500);
        ErrorsOf(context).Should().ContainSingle().Which.Should().StartWith("500 INTERNAL_SERVER_ERROR ").And.NotContain("secret");
    }

    [Fact]
    public async Task A_request_the_client_gave_up_on_is_not_answered()
    {
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        HttpContext context = await InvokeAsync(_ => throw new OperationCanceledException(aborted.Token), aborted: aborted.Token);

        context.Response.StatusCode.Should().Be(200);
        context.Response.Body.Length.Should().Be(0);
    }

    [Fact]
    public async Task A_cancellation_the_client_did_not_ask_for_is_a_500()
    {
        HttpContext context = await InvokeAsync(_ => throw new OperationCanceledException());

        context.Response.StatusCode.Should().Be(500);
    }

    [Fact]
    public async Task Once_the_response_has_started_a_failure_writes_nothing_more()
    {
        HttpContext context = await InvokeAsync(_ => throw new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, "CONFLICT", "Conflict.")), started: true);

        context.Response.Body.Length.Should().Be(0);
    }

    [Theory]
    [InlineData(404, "404 ROUTE_NOT_FOUND")]
    [InlineData(405, "405 METHOD_NOT_ALLOWED")]
    [InlineData(415, "415 UNSUPPORTED_MEDIA_TYPE")]
    public async Task A_status_routing_set_without_a_body_becomes_an_error_document(int status, string error)
    {
        HttpContext context = await InvokeAsync(handler =>
        {
            handler.Response.StatusCode = status;
            handler.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        });

        context.Response.StatusCode.Should().Be(status);
        context.Response.Headers.Allow.ToString().Should().Be("GET, HEAD");
        ErrorsOf(context).Should().ContainSingle().Which.Should().StartWith(error + " ");
    }

    [Theory]
    [InlineData(404, "text/plain", null)]
    [InlineData(404, null, 3L)]
    [InlineData(409, null, null)]
    public async Task A_status_a_handler_answered_itself_is_left_as_it_is(int status, string? contentType, long? contentLength)
    {
        HttpContext context = await InvokeAsync(handler =>
        {
            handler.Response.StatusCode = status;
            handler.Response.ContentType = contentType;
            handler.Response.ContentLength = contentLength;
            return Task.CompletedTask;
        });

        context.Response.StatusCode.Should().Be(status);
        context.Response.Body.Length.Should().Be(0);
    }

    [Fact]
    public async Task Requests_outside_the_json_api_base_path_are_not_handled()
    {
        var invoke = () => InvokeAsync(_ => throw new JsonApiException(new ErrorObject(HttpStatusCode.Conflict, "CONFLICT", "Conflict.")), path: "/users/saved-cards/");
        HttpContext unmatched = await InvokeAsync(handler =>
        {
            handler.Response.StatusCode = 404;
            return Task.CompletedTask;
        }, path: "/apis");

        await invoke.Should().ThrowAsync<JsonApiException>();
        unmatched.Response.Body.Length.Should().Be(0);
    }

    [Fact]
    public async Task An_error_document_holds_at_most_the_configured_number_of_errors_and_says_how_many_there_were()
    {
        ErrorObject[] errors = [.. Enumerable.Range(1, 3).Select(n => new ErrorObject(HttpStatusCode.BadRequest, "INVALID", "Invalid.", $"Error {n}."))];
        var services = new ServiceCollection().Configure<JsonApiOptions>(options => options.MaxErrorsPerDocument = 2).BuildServiceProvider();

        HttpContext context = await InvokeAsync(_ => throw new JsonApiException(errors), services: services);

        ErrorsOf(context).Should().Equal("400 INVALID Invalid. Error 1.", "400 INVALID Invalid. Error 2.");
        MetaOf(context).Should().Be("""{"truncated":true,"error_count":3}""");
    }

    private static async Task<HttpContext> InvokeAsync(
        RequestDelegate next, IDatabaseFailureClassifier? classifier = null, string path = "/api/cards", bool started = false, IServiceProvider? services = null,
        CancellationToken aborted = default)
    {
        var context = new DefaultHttpContext { RequestAborted = aborted, RequestServices = services ?? new ServiceCollection().BuildServiceProvider() };
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        if (started)
        {
            context.Features.Set<IHttpResponseFeature>(new StartedResponse());
        }

        var middleware = new JsonApiErrorMiddleware(next, Options.Create(new JsonApiOptions()), NullLogger<JsonApiErrorMiddleware>.Instance, classifier);
        await middleware.InvokeAsync(context);
        return context;
    }

    private static List<string> ErrorsOf(HttpContext context)
    {
        string body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("errors").EnumerateArray().Select(error =>
            $"{error.GetProperty("status").GetString()} {error.GetProperty("code").GetString()} {error.GetProperty("title").GetString()} {error.GetProperty("detail").GetString()}")];
    }

    private static string MetaOf(HttpContext context)
    {
        using var document = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray());
        return document.RootElement.GetProperty("meta").GetRawText();
    }

    private sealed class Classifier(DatabaseFailure? failure) : IDatabaseFailureClassifier
    {
        public DatabaseFailure? Classify(Exception exception) => failure;
    }

    private sealed class StartedResponse : HttpResponseFeature
    {
        public override bool HasStarted => true;
    }
}
