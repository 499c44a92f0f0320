using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Documents;

/// <summary>
/// Where absolute links start: the configured public base URL, or else the address the request reached (its scheme,
/// <c>Host</c> and path base, which host filtering and the trusted proxies' forwarded headers have made trustworthy).
/// Every absolute link the service writes, in any shape, starts here.
/// </summary>
public static class PublicOrigin
{
    /// <summary>Scheme, host and path base, without a trailing slash, e.g. <c>http://localhost:5000</c>.</summary>
    /// <param name="request">The request answered.</param>
    /// <param name="publicBaseUrl">The configured public base URL (<c>JsonApi:PublicBaseUrl</c>), or null.</param>
    public static string Of(HttpRequest request, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(request);
        return publicBaseUrl ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    }
}
