using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JsonApiCards.Api.Adapters.Ottu;

/// <summary>
/// The wallet entries of the customer an Ottu request names (by its <c>reference</c>), read through the scopes of the
/// resource services the JSON:API routes use: the caller's mode narrows every table, and filtering, ordering and the
/// agreement's one card happen in SQL.
/// </summary>
internal sealed class OttuWallet(
    JsonApiResourceService<CustomerPaymentSource> sources,
    JsonApiResourceService<CreditCard> cards,
    JsonApiResourceService<Customer> customers,
    TimeProvider clock,
    IOptions<OttuOptions> options)
{
    /// <summary>
    /// The customer's cards, preferred first, then newest first; of <paramref name="request"/>'s gateways if it names any;
    /// with an agreement, only the card most recently saved or changed for it. An unknown customer has none.
    /// </summary>
    public async Task<List<OttuCard>> ListAsync(OttuCardsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IQueryable<CustomerPaymentSource> entries = EntriesOf(request.CustomerId);
        if (request.GatewayCodes.Count > 0)
        {
            List<string> codes = [.. request.GatewayCodes];
            entries = entries.Where(source => codes.Contains(source.GatewayCode));
        }

        if (request.AgreementId is { } agreementId)
        {
            entries = entries.Where(source => source.AgreementIds.Contains(agreementId));
        }

        var joined =
            from source in entries
            join card in cards.ScopedQuery on source.PaymentSourceId equals card.Id
            select new { Source = source, Card = card };
        joined = request.AgreementId is null
            ? joined.OrderByDescending(row => row.Source.IsPreferred).ThenByDescending(row => row.Source.Id)
            : joined.OrderByDescending(row => row.Source.UpdatedAt).ThenByDescending(row => row.Source.Id).Take(1);
        IQueryable<OttuWalletRow> rows = joined.Select(row => new OttuWalletRow(
            row.Source.Id, row.Source.PaymentSourceToken, row.Source.GatewayCode, row.Source.IsPreferred, row.Source.AgreementIds, row.Source.UpdatedAt,
            row.Card.CardType, row.Card.FirstName, row.Card.LastName, row.Card.Month, row.Card.Year, row.Card.LastFour));

        List<OttuWalletRow> found = await rows.ToListAsync(cancellationToken);
        DateTimeOffset now = clock.GetUtcNow();
        return [.. found.Select(row => OttuCard.Of(request.CustomerId, row, now, options.Value))];
    }

    /// <summary>The id of the customer's wallet entry with this token, or null when the customer has none such.</summary>
    public Task<long?> FindAsync(string token, string customerId, CancellationToken cancellationToken) =>
        EntriesOf(customerId).Where(source => source.PaymentSourceToken == token).Select(source => (long?)source.Id).FirstOrDefaultAsync(cancellationToken);

    // The customer's id first, by its reference (an index search), then its entries by customer id: asked the other way
    // round ("entries whose customer has this reference") the database tests every entry of the mode.
    private IQueryable<CustomerPaymentSource> EntriesOf(string customerId)
    {
        IQueryable<long?> customerIds = customers.ScopedQuery.Where(customer => customer.Reference == customerId).Select(customer => (long?)customer.Id);
        return sources.ScopedQuery.Where(source => customerIds.Contains(source.CustomerId));
    }
}
