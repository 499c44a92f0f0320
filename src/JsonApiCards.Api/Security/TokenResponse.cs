using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Security;

/// <summary>The answer of <c>POST /oauth/token</c> (RFC 6749, 5.1), shaped as Commerce Layer's: <c>created_at</c> in seconds since the Unix epoch.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("created_at")] long CreatedAt)
{
    public static TokenResponse From(IssuedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(token.AccessToken, "bearer", token.ExpiresIn, token.Scope, token.CreatedAt);
    }

    public override string ToString() => $"{nameof(TokenResponse)} {{ Scope = {Scope}, ExpiresIn = {ExpiresIn} }}";
}
