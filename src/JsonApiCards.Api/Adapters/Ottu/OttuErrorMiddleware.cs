using JsonApiCards.Api.Data;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.JsonApi.Errors;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// Answers every failure under <see cref="OttuApi.BasePath"/> as Ottu does (<c>{"detail": "..."}</c>): routes and methods
/// it does not have (404, 405 with <c>Allow</c>), bodies the server refuses, and a resource service's refusal (a wallet
/// entry deleted in between is a 404), and a database that stays busy (503 with <c>Retry-After</c>).
/// </summary>
internal sealed class OttuErrorMiddleware(RequestDelegate next, IDatabaseFailureClassifier databaseFailures)
{
    private static readonly PathString BasePath = new(OttuApi.BasePath);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(BasePath))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (JsonApiException exception) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, (int)exception.Status == StatusCodes.Status404NotFound
                ? OttuError.NotFound()
                : OttuError.Detail((int)exception.Status, exception.Errors[0].Detail ?? exception.Errors[0].Title));
            return;
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await WriteAsync(context, OttuError.Detail(exception.StatusCode, "The request could not be read."));
            return;
        }
        catch (Exception exception) when (!context.Response.HasStarted && DatabaseUnavailable.Caused(exception, databaseFailures))
        {
            context.Response.Clear();
            RetryAfter.Set(context.Response, DatabaseUnavailable.RetryAfterSeconds);
            await OttuError.Unavailable().ExecuteAsync(context);
            return;
        }

        if (context.Response.HasStarted || context.Response.ContentLength is not null || context.Response.ContentType is not null)
        {
            return;
        }

        OttuError? error = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => OttuError.NotFound(),
            StatusCodes.Status405MethodNotAllowed => OttuError.MethodNotAllowed(context.Request.Method),
            StatusCodes.Status415UnsupportedMediaType => OttuError.UnsupportedMediaType(context.Request.ContentType),
            _ => null,
        };
        if (error is not null)
        {
            await WriteAsync(context, error);
        }
    }

    private static Task WriteAsync(HttpContext context, OttuError error)
    {
        // Keep the routing's Allow header on a 405; everything else a failed handler set is dropped.
        var allow = context.Response.Headers.Allow;
        context.Response.Clear();
        context.Response.Headers.Allow = allow;
        return error.ExecuteAsync(context);
    }
}
