using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Security;

/// <summary>
/// An error of the OAuth endpoints in RFC 6749's shape (<c>{"error": "invalid_client", "error_description": ...}</c>), never
/// cached. A failed client authentication is a 401 that names the Basic scheme the client may authenticate with.
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

    int? IStatusCodeHttpResult.StatusCode => Status;

    public static OAuthError InvalidRequest(string description) => new(StatusCodes.Status400BadRequest, "invalid_request", description);

    public static OAuthError InvalidClient() => new(
        StatusCodes.Status401Unauthorized,
        "invalid_client",
        "Client authentication failed: the client is unknown or disabled, or the secret is wrong.");

    public static OAuthError UnsupportedGrantType(string grantType) => new(
        StatusCodes.Status400BadRequest,
        "unsupported_grant_type",
        $"The grant type '{grantType}' is not supported; use 'client_credentials'.");

    public static OAuthError InvalidScope(string scope, string allowed) => new(
        StatusCodes.Status400BadRequest,
        "invalid_scope",
        $"The scope '{scope}' is not this client's; it may ask for '{allowed}' only.");

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

        return response.WriteAsJsonAsync(new Body(Error, Description), httpContext.RequestAborted);
    }

    private sealed record Body(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string Description);
}
