using System.Globalization;
using JsonApiCards.Api.RateLimits;

namespace JsonApiCards.Api.Security;

/// <summary>
/// An error of the OAuth endpoints in RFC 6749's shape (<c>{"error": "invalid_client", "error_description": ...}</c>), never
/// cached. A failed client authentication is a 401 that names the Basic scheme the client may authenticate with; too many
/// requests a 429 and a busy database a 503, both with <c>Retry-After</c>.
/// </summary>
internal sealed class OAuthError : IResult, IStatusCodeHttpResult
{
    private OAuthError(int status, string error, string description)
    {
        Status = status;
        Error = error;
        Description = description;
    }

    public int Status { get; }

    /// <summary>The RFC 6749 error code, e.g. <c>invalid_request</c>.</summary>
    public string Error { get; }

    public string Description { get; }

    /// <summary>For a 429: the whole seconds until the client may try again.</summary>
    public int? RetryAfterSeconds { get; private init; }

    int? IStatusCodeHttpResult.StatusCode => Status;

    public static OAuthError InvalidRequest(string description) => new(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static OAuthError InvalidClient() => new(
        StatusCodes.Status401Unauthorized,
        "invalid_client",
        "Client authentication failed: the client is unknown or disabled, or the secret is wrong.");

    public static OAuthError UnsupportedGrantType(string grantType) => new(
        StatusCodes.Status400BadRequest,
        "unsupported_grant_type",
        $"The grant type '{grantType}' is not supported; use 'client_credentials' or 'password'.");

    /// <summary>The password grant's username and password do not match a customer with a password (RFC 6749, 5.2).</summary>
    public static OAuthError InvalidGrant() => new(
        StatusCodes.Status400BadRequest,
        "invalid_grant",
        "The username or password is wrong.");

    public static OAuthError InvalidScope(string scope, string allowed) => new(
        StatusCodes.Status400BadRequest,
        "invalid_scope",
        $"The scope '{scope}' is not this client's; it may ask for '{allowed}' only.");

    /// <summary>
    /// A 429 of the OAuth endpoints. RFC 6749 has no code for it; <c>too_many_requests</c> is the extension code token
    /// endpoints commonly answer with, and <c>Retry-After</c> says when to come back.
    /// </summary>
    public static OAuthError TooManyRequests(int retryAfterSeconds) => new(
        StatusCodes.Status429TooManyRequests,
        "too_many_requests",
        $"Too many token requests for this client or from this address. Retry after {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} seconds.")
    {
        RetryAfterSeconds = retryAfterSeconds,
    };

    /// <summary>A 503 of the OAuth endpoints when the database stays busy: RFC 6749's <c>temporarily_unavailable</c>, with <c>Retry-After</c>.</summary>
    public static OAuthError TemporarilyUnavailable(int retryAfterSeconds) => new(
        StatusCodes.Status503ServiceUnavailable,
        "temporarily_unavailable",
        "The service is busy; nothing was changed. Try again in a moment.")
    {
        RetryAfterSeconds = retryAfterSeconds,
    };

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpResponse response = httpContext.Response;
        response.StatusCode = Status;
        OAuthResponseHeaders.PreventCaching(response);
        if (Status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Basic realm=\"jsonapicards\", charset=\"UTF-8\"";
        }

        if (RetryAfterSeconds is { } seconds)
        {
            RetryAfter.Set(response, seconds);
        }

        return response.WriteAsJsonAsync(new OAuthErrorBody(Error, Description), httpContext.RequestAborted);
    }
}
