namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// A signed-in customer's session, server-side so that every instance honours it and a logout ends it everywhere at once.
/// Only a hash of the session key is stored: the database alone does not let anyone sign in as the customer.
/// </summary>
public sealed class AkinonSession
{
    public required string KeyHash { get; set; }

    public required string Mode { get; set; }

    public long CustomerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
