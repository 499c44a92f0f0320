using System.Globalization;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.JsonApi.Errors;
using Microsoft.AspNetCore.Localization;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// What Django does before and after a view, for the adapter's paths only: the language from <c>Accept-Language</c>
/// (<c>en</c> or <c>tr</c>, anything else <c>en</c>), <c>APPEND_SLASH</c> (a GET or HEAD without the trailing slash is a 301
/// to the slashed path, any other method a 404), DRF's 404 and 405 for paths and methods no view answers, and a 503 with
/// <c>Retry-After</c> when the database stays busy.
/// </summary>
internal static class AkinonRequestPipeline
{
    private static readonly CultureInfo[] Languages = [new("en"), new("tr")];

    /// <summary>Runs before authentication, so that the 401 and 429 are in the request's language too.</summary>
    public static WebApplication UseAkinonRequests(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => AkinonPaths.Owns(context.Request.Path), akinon =>
        {
            akinon.UseRequestLocalization(new RequestLocalizationOptions
            {
                // The language of messages only: parsing and formatting stay invariant whatever the client speaks.
                DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Languages[0]),
                SupportedCultures = [CultureInfo.InvariantCulture],
                SupportedUICultures = Languages,
                RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
                ApplyCurrentCultureToResponseHeaders = true,
            });
            akinon.Use(AnswerAsDjangoAsync);
        });
        return app;
    }

    private static async Task AnswerAsDjangoAsync(HttpContext context, RequestDelegate next)
    {
        HttpRequest request = context.Request;
        AkinonMessages messages = context.RequestServices.GetRequiredService<AkinonMessages>();

        // Routing takes "/users/saved-cards" for "/users/saved-cards/"; Django does not, and neither does this adapter.
        if (!request.Path.Value!.EndsWith('/'))
        {
            if (context.GetEndpoint() is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = $"{request.PathBase}{request.Path}/{request.QueryString}";
                return;
            }

            await DrfError.Detail(StatusCodes.Status404NotFound, messages.NotFound).ExecuteAsync(context);
            return;
        }

        if (context.GetEndpoint() is null)
        {
            await DrfError.Detail(StatusCodes.Status404NotFound, messages.NotFound).ExecuteAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted
            && DatabaseUnavailable.Caused(exception, context.RequestServices.GetRequiredService<IDatabaseFailureClassifier>()))
        {
            context.Response.Clear();
            RetryAfter.Set(context.Response, DatabaseUnavailable.RetryAfterSeconds);
            await DrfError.Detail(StatusCodes.Status503ServiceUnavailable, messages.Unavailable).ExecuteAsync(context);
            return;
        }

        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            await DrfError.Detail(StatusCodes.Status405MethodNotAllowed, messages.MethodNotAllowed(request.Method)).ExecuteAsync(context);
        }
    }
}
