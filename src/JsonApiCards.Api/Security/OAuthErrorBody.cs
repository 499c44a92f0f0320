using System.Text.Json.Serialization;

namespace JsonApiCards.Api.Security;

/// <summary>The body of an error of the OAuth endpoints (RFC 6749, 5.2).</summary>
/// <param name="Error">The error code, e.g. <c>invalid_client</c>.</param>
/// <param name="Description">What went wrong, for the developer reading it.</param>
internal sealed record OAuthErrorBody(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
