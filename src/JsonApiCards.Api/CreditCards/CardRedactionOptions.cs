namespace JsonApiCards.Api.CreditCards;

/// <summary>How long a card no wallet holds keeps its number, bound from the <c>Vault</c> configuration section.</summary>
internal sealed class CardRedactionOptions
{
    public const string SectionName = "Vault";

    /// <summary>
    /// How long after its creation a <c>cached</c> card (in no wallet) keeps its protected number (<c>Vault:CachedCardLifetime</c>).
    /// A cached card exists to pay the order it was entered for, during one checkout; 30 minutes covers a slow checkout
    /// with a bank's authentication step, and then the number goes: a card that paid one order is not kept.
    /// </summary>
    public TimeSpan CachedCardLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often each instance looks for cached cards past their lifetime (<c>Vault:RedactionInterval</c>).</summary>
    public TimeSpan RedactionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many cards one statement redacts (<c>Vault:RedactionBatchSize</c>), so that a backlog is worked off in short
    /// write transactions that let requests in between, instead of one long one that holds the database's write lock.
    /// </summary>
    public int RedactionBatchSize { get; set; } = 500;
}
