namespace JsonApiCards.Api.Security;

/// <summary>
/// An Ottu-style API key (<c>Authorization: Api-Key &lt;key&gt;</c>) of one mode: a public <see cref="KeyId"/> and a secret
/// kept only as a hash. Created by <c>api-keys create</c>; a disabled key is refused on its next request.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>The public half of the key, the part before the dot; what <c>api-keys list</c> shows and <c>api-keys disable</c> takes.</summary>
    public required string KeyId { get; set; }

    /// <summary>SHA-256 of the secret half (see <see cref="ApiKeys"/>); the key itself is shown once, when it is created.</summary>
    public required string SecretHash { get; set; }

    public required string Mode { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DisabledAt { get; set; }
}
