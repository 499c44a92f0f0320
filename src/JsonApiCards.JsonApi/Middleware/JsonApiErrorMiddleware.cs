using System.Net;
using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JsonApiCards.JsonApi.Middleware;

/// <summary>
/// Turns every failure under the JSON:API base path into an error document: thrown <see cref="JsonApiException"/>s,
/// bad requests the server itself rejects, unmatched routes, methods and request media types, database failures a client
/// can act on (<see cref="IDatabaseFailureClassifier"/>: 409, or 503 with <c>Retry-After</c>), and unexpected exceptions
/// (logged; 500, no internals).
/// </summary>
internal sealed partial class JsonApiErrorMiddleware(
    RequestDelegate next,
    IOptions<JsonApiOptions> options,
    ILogger<JsonApiErrorMiddleware> logger,
    IDatabaseFailureClassifier? databaseFailures = null)
{
    // Long enough for a burst of writers holding the database to drain; a client retrying sooner would only add to it.
    private static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    private readonly PathString _basePath = new(options.Value.BasePath);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(_basePath))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
            await AnswerBareStatusAsync(context);
        }
        catch (JsonApiException exception)
        {
            await WriteAsync(context, exception.Status, exception.Errors);
        }
        catch (BadHttpRequestException exception)
        {
            var status = (HttpStatusCode)exception.StatusCode;
            await WriteAsync(context, status, [ServerErrors.UnreadableRequest(status)]);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: there is no one to answer.
        }
#pragma warning disable CA1031 // Every unexpected failure must still answer with an error document.
        catch (Exception exception) when (databaseFailures?.Classify(exception) is { } failure)
#pragma warning restore CA1031
        {
            LogDatabaseFailure(logger, exception, failure.Kind, context.Request.Method, context.Request.Path);
            if (failure.Kind == DatabaseFailureKind.Busy && !context.Response.HasStarted)
            {
                context.Response.Headers.RetryAfter = BusyRetryAfter.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            ErrorObject error = ServerErrors.Database(failure, BusyRetryAfter);
            await WriteAsync(context, error.Status, [error]);
        }
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
            await WriteAsync(context, HttpStatusCode.InternalServerError, [ServerErrors.Unexpected()]);
        }
    }

    /// <summary>Gives a status that routing set without a body (404, 405, 415) its error document.</summary>
    private static async Task AnswerBareStatusAsync(HttpContext context)
    {
        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            if (context.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await WriteAsync(context, HttpStatusCode.NotFound, [RoutingErrors.RouteNotFound(context.Request.Path)]);
            }
            else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                await WriteAsync(context, HttpStatusCode.MethodNotAllowed, [RoutingErrors.MethodNotAllowed(context.Request.Method, context.Request.Path)]);
            }
            else if (context.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            {
                // Routing refuses a body whose media type a route does not declare it takes, before the route's own check runs.
                await WriteAsync(context, HttpStatusCode.UnsupportedMediaType, ContentNegotiationErrors.UnsupportedMediaType(JsonApiMediaType.Value).Errors);
            }
        }
    }

    private static async Task WriteAsync(HttpContext context, HttpStatusCode status, IReadOnlyList<ErrorObject> errors)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        // Keep the routing's Allow header on a 405, a 503's Retry-After and Vary (an error of a collection route may depend on
        // Accept's profile too); everything else a failed handler set is dropped.
        var allow = context.Response.Headers.Allow;
        var retryAfter = context.Response.Headers.RetryAfter;
        var vary = context.Response.Headers.Vary;
        context.Response.Clear();
        context.Response.Headers.Allow = allow;
        context.Response.Headers.RetryAfter = retryAfter;
        context.Response.Headers.Vary = vary;
        await ErrorDocumentResponse.WriteAsync(context.Response, status, errors, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database refused {Method} {Path}: {Kind}")]
    private static partial void LogDatabaseFailure(ILogger logger, Exception exception, DatabaseFailureKind kind, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while serving {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
