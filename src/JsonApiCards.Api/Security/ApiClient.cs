namespace JsonApiCards.Api.Security;

/// <summary>
/// An integration's credential (OAuth2 client credentials): a public random <see cref="ClientId"/> and a secret kept only
/// as a hash, belonging to one mode. Created by <c>clients create</c>; a disabled client gets no token, and the tokens it
/// holds stop working within the revocation bound.
/// </summary>
public sealed class ApiClient
{
    public long Id { get; set; }

    public required string ClientId { get; set; }

    /// <summary>The secret as <c>PasswordHasher</c> stores it; the secret itself is shown once, when the client is created.</summary>
    public required string SecretHash { get; set; }

    public required string Mode { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DisabledAt { get; set; }
}
