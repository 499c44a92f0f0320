using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.PaymentSources;

/// <summary>
/// Keeps a card's <c>storage_state</c> in step with the wallets that hold it: <c>retained</c> while at least one customer
/// payment source refers to it; when the last one goes the card is <c>redacted</c> (see <see cref="CardRedaction"/>), in the
/// same transaction: a card nobody keeps has no reason to keep its number.
/// </summary>
internal sealed class CardRetention(CardsDbContext dbContext, TimeProvider timeProvider)
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
    /// Redacts the cards of the wallet entries about to be deleted that no other entry holds. One statement, in the caller's
    /// transaction, before the entries go. It looks at every wallet (of the entries' mode, as foreign keys never cross modes),
    /// past a customer caller's scope: a card another customer still holds stays retained.
    /// </summary>
    public async Task RedactCardsLeftByAsync(IQueryable<CustomerPaymentSource> leaving, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        await dbContext.CreditCards
            .Where(card => card.StorageState != CardStorageState.Redacted
                && leaving.Any(source => source.PaymentSourceId == card.Id)
                && !dbContext.CustomerPaymentSources.Any(source => source.PaymentSourceId == card.Id && !leaving.Any(gone => gone.Id == source.Id)))
            .ExecuteUpdateAsync(CardRedaction.EraseNumber(TimestampInterceptor.Now(timeProvider)), cancellationToken);
    }
}
