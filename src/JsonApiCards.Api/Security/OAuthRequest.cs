using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace JsonApiCards.Api.Security;

/// <summary>
/// The parameters of a request to an OAuth endpoint, from a form body (RFC 6749) or a JSON object (as Commerce Layer
/// also takes them), and the client credentials it carries: HTTP Basic, or <c>client_id</c> and <c>client_secret</c> in the body.
/// </summary>
internal sealed class OAuthRequest
{
    private const int MaxBodyLength = 16 * 1024;

    private readonly Dictionary<string, string> _parameters;
    private readonly string? _authorization;

    private OAuthRequest(Dictionary<string, string> parameters, string? authorization)
    {
        _parameters = parameters;
        _authorization = authorization;
    }

    public string? this[string name] => _parameters.GetValueOrDefault(name);

    /// <summary>Reads the body; a body that is neither a form nor a JSON object of strings, or that names a parameter twice, is an <c>invalid_request</c>.</summary>
    public static async Task<(OAuthRequest? Request, OAuthError? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyLength)
        {
            return (null, OAuthError.InvalidRequest($"The body must not be longer than {MaxBodyLength} bytes."));
        }

        try
        {
            Dictionary<string, string>? parameters = request.HasFormContentType
                ? await ReadFormAsync(request, cancellationToken)
                : IsJson(request.ContentType) ? await ReadJsonAsync(request, cancellationToken) : null;
            return parameters is null
                ? (null, OAuthError.InvalidRequest("The body must be application/x-www-form-urlencoded or application/json."))
                : (new OAuthRequest(parameters, request.Headers.Authorization.ToString()), null);
        }
        catch (InvalidOAuthBodyException exception)
        {
            return (null, OAuthError.InvalidRequest(exception.Message));
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return (null, OAuthError.InvalidRequest("The body could not be read as a form or a JSON object."));
        }
    }

    /// <summary>
    /// The client's credentials, from exactly one of HTTP Basic and the body. None, both, or a malformed Basic header
    /// are answered as RFC 6749 says: <c>invalid_client</c> for none or a broken header, <c>invalid_request</c> for both.
    /// </summary>
    public (string ClientId, string Secret)? ClientCredentials(out OAuthError? error)
    {
        error = null;
        string? bodyId = this["client_id"], bodySecret = this["client_secret"];
        if (AuthenticationHeaderValue.TryParse(_authorization, out var header) && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            if (bodySecret is not null)
            {
                error = OAuthError.InvalidRequest("Authenticate the client one way only: HTTP Basic, or client_id and client_secret in the body.");
                return null;
            }

            if (TryReadBasic(header.Parameter, out string clientId, out string secret) && (bodyId is null || bodyId == clientId))
            {
                return (clientId, secret);
            }

            error = OAuthError.InvalidClient();
            return null;
        }

        if (string.IsNullOrEmpty(bodyId) || string.IsNullOrEmpty(bodySecret))
        {
            error = OAuthError.InvalidClient();
            return null;
        }

        return (bodyId, bodySecret);
    }

    // RFC 6749, 2.3.1: the id and the secret are form-encoded, then joined by a colon and sent as base64.
    private static bool TryReadBasic(string? parameter, out string clientId, out string secret)
    {
        clientId = secret = "";
        if (string.IsNullOrEmpty(parameter) || parameter.Length > MaxBodyLength)
        {
            return false;
        }

        byte[] bytes = new byte[parameter.Length];
        if (!Convert.TryFromBase64String(parameter, bytes, out int length))
        {
            return false;
        }

        string pair = Encoding.UTF8.GetString(bytes, 0, length);
        int colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        clientId = WebUtility.UrlDecode(pair[..colon]);
        secret = WebUtility.UrlDecode(pair[(colon + 1)..]);
        return secret.Length > 0;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    private static async Task<Dictionary<string, string>> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form = await request.ReadFormAsync(cancellationToken);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            parameters[name] = values.Count == 1 ? values[0]! : throw new InvalidOAuthBodyException($"The parameter '{name}' must be given once.");
        }

        return parameters;
    }

    private static async Task<Dictionary<string, string>> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > MaxBodyLength)
            {
                throw new InvalidOAuthBodyException($"The body must not be longer than {MaxBodyLength} bytes.");
            }
        }

        using JsonDocument document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 2 });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOAuthBodyException("The body must be a JSON object.");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidOAuthBodyException($"The parameter '{property.Name}' must be a string.");
            }

            if (!parameters.TryAdd(property.Name, property.Value.GetString()!))
            {
                throw new InvalidOAuthBodyException($"The parameter '{property.Name}' must be given once.");
            }
        }

        return parameters;
    }

    private sealed class InvalidOAuthBodyException(string message) : Exception(message);
}
