namespace JsonApiCards.Api.Security;

/// <summary>
/// The claims of an access token (JWT, RFC 9068 names where there is one). The caller's mode is read from
/// <see cref="Mode"/> and from nothing else; a customer token (the password grant) adds its customer beside it (<see cref="CustomerId"/>).
/// </summary>
internal static class AccessTokenClaims
{
    public const string TokenId = "jti";

    public const string Subject = "sub";

    public const string ClientId = "client_id";

    public const string Scope = "scope";

    public const string Mode = "mode";

    /// <summary>The customer a customer token (the password grant) speaks for; an integration's token has none.</summary>
    public const string CustomerId = "customer_id";

    /// <summary>The customer's <c>CredentialsVersion</c> when the token was issued: a password change since refuses the token.</summary>
    public const string CredentialsVersion = "credentials_version";

    /// <summary>The scope an integration's token carries: its mode, e.g. <c>mode:test</c>.</summary>
    public static string ScopeOf(string mode) => $"mode:{mode}";

    /// <summary>The scope a customer's token carries: its mode and its customer, e.g. <c>mode:test customer:42</c>.</summary>
    public static string ScopeOf(string mode, long customerId) => $"mode:{mode} customer:{customerId}";
}
