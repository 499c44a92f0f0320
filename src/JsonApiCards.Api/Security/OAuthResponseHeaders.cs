namespace JsonApiCards.Api.Security;

internal static class OAuthResponseHeaders
{
    /// <summary>Tokens and the answers about them are never stored by a cache (RFC 6749, 5.1).</summary>
    public static void PreventCaching(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }
}
