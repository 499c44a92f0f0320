namespace JsonApiCards.Api.Security;

/// <summary>
/// Headers every response of a card vault carries: no caching anywhere on the way (documents hold card and customer data),
/// no content sniffing, and no <c>Server</c> header naming the software to an attacker.
/// </summary>
internal static class ResponseHeaders
{
    public static WebApplicationBuilder AddResponseHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>Set when the response starts, so error handlers that clear the response cannot drop them.</summary>
    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(SetHeaders, context.Response);
            return next(context);
        });

    private static Task SetHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = "nosniff";

        // An endpoint that may be cached says so itself; everything else holds data of one caller.
        if (string.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
