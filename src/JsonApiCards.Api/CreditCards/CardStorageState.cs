namespace JsonApiCards.Api.CreditCards;

/// <summary>Where a card stands in the vault.</summary>
public static class CardStorageState
{
    /// <summary>Created, not yet saved to a customer's wallet.</summary>
    public const string Cached = "cached";

    /// <summary>Saved to a customer's wallet as a payment source.</summary>
    public const string Retained = "retained";

    /// <summary>The protected number has been purged.</summary>
    public const string Redacted = "redacted";
}
