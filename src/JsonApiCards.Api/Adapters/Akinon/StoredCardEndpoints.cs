using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Adapters.Akinon;

/// <summary>
/// <c>/users/stored-cards/</c>: the cards in the signed-in customer's wallet, named by their card identifier. Deleting one
/// deletes the customer's wallet entries of that card through the wallet service, so the definitions do what a delete of
/// them on <c>/api</c> does to the card (see <see cref="CardRetention"/>).
/// </summary>
internal static class StoredCardEndpoints
{
    public static async Task<Ok<StoredCardList>> ListAsync(JsonApiResourceService<CustomerPaymentSource> wallet, CancellationToken cancellationToken)
    {
        var cards = await wallet.ScopedQuery
            .OrderByDescending(source => source.CreatedAt).ThenByDescending(source => source.Id)
            .Select(source => new { source.PaymentSource!.Bin, source.PaymentSource.LastFour, source.PaymentSource.CardIdentifier })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new StoredCardList([.. cards.Select(card => StoredCard.From(card.Bin, card.LastFour, card.CardIdentifier))]));
    }

    public static async Task<Results<Ok, DrfError>> DeleteAsync(Guid cardIdentifier, JsonApiResourceService<CustomerPaymentSource> wallet, AkinonMessages messages, CancellationToken cancellationToken)
    {
        List<long> entries = await wallet.ScopedQuery
            .Where(source => source.PaymentSource!.CardIdentifier == cardIdentifier)
            .Select(source => source.Id)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return DrfError.Detail(StatusCodes.Status404NotFound, messages.NotFound);
        }

        try
        {
            foreach (long entry in entries)
            {
                await wallet.DeleteAsync(entry, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is JsonApiException or DbUpdateException)
        {
            // Akinon's answer when the store of cards fails, whatever the reason: the client can only try again.
            return DrfError.NonField(messages.StoreFailed);
        }

        return TypedResults.Ok();
    }
}
