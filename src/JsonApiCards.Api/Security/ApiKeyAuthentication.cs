using Microsoft.AspNetCore.Authentication;

namespace JsonApiCards.Api.Security;

/// <summary>The <c>Authorization: Api-Key &lt;key&gt;</c> scheme: its name, and what an authenticated key's caller carries.</summary>
internal static class ApiKeyAuthentication
{
    public const string Scheme = "Api-Key";

    /// <summary>The claim naming the key (its public id), which the rate limiter gives a bucket of its own.</summary>
    public const string KeyIdClaim = "api_key_id";

    private const string Prefix = Scheme + " ";

    /// <summary>The key a request sends, or null when its <c>Authorization</c> header is of another scheme or absent.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? authorization[Prefix.Length..].Trim() : null;
    }
}

/// <summary>How the routes that take API keys answer a request without a valid one (the adapter's own 401 document).</summary>
internal sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>Writes the 401, told whether a key was sent (and refused); without it, the 401 has no body.</summary>
    public Func<HttpContext, bool, Task>? OnChallenge { get; set; }
}
