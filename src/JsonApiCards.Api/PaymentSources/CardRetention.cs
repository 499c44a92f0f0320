using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.PaymentSources;

/// <summary>
/// Keeps a card's <c>storage_state</c> in step with the wallets that hold it: <c>retained</c> while at least one
/// customer payment source refers to it, back to <c>cached</c> when the last one goes. Redacted cards stay redacted.
/// </summary>
internal sealed class CardRetention(CardsDbContext dbContext)
{
    public static void Retain(CreditCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.StorageState == CardStorageState.Cached)
        {
            card.StorageState = CardStorageState.Retained;
        }
    }

    /// <summary>
    /// Marks cached the retained cards of the wallet entries about to be deleted that no other entry holds. One query. It
    /// looks at every wallet (of the entries' mode, as foreign keys never cross modes), past a customer caller's scope: a card
    /// another customer still holds stays retained.
    /// </summary>
    public async Task ReleaseCardsOfAsync(IQueryable<CustomerPaymentSource> leaving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        var released = await dbContext.CreditCards
            .Where(card => card.StorageState == CardStorageState.Retained
                && leaving.Any(source => source.PaymentSourceId == card.Id)
                && !dbContext.CustomerPaymentSources.Any(source => source.PaymentSourceId == card.Id && !leaving.Any(gone => gone.Id == source.Id)))
            .ToListAsync(cancellationToken);

        foreach (CreditCard card in released)
        {
            card.StorageState = CardStorageState.Cached;
        }
    }
}
