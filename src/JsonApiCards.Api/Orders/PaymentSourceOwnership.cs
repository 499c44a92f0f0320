using JsonApiCards.Api.Data;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Orders;

/// <summary>
/// An order with a customer is paid with a card of that customer, whoever writes it. A card is a customer's when it is in
/// the customer's wallet, or its <c>order</c> is one of the customer's orders, or it already pays one of them; a card tied
/// to no customer at all (in no wallet, on and paying no order of any customer: a fresh card) may pay any order, so the
/// journey create card, pay order, save to wallet works. Any other card is another customer's and is refused (422 on the
/// order's <c>payment_source</c>, or on the card's <c>order</c> when set from that side).
/// </summary>
/// <remarks>
/// The rule lives here and is applied wherever an order gets a payment source or a customer: the order's definition (its
/// body, its relationship endpoints, and <c>customers.orders</c>, which the layer has the order's definition judge) and the card's (setting <c>credit_cards.order</c>, which makes the
/// card the order's payment source past the order's definition). The card's ties are read as stored, leaving out the order
/// being written, so the write cannot vouch for itself.
/// </remarks>
internal static class PaymentSourceOwnership
{
    /// <summary>Why the card may not pay for the order, or null when it may (the order has no customer, or the card is this customer's or nobody's).</summary>
    /// <remarks>
    /// Looks at every wallet and order of the mode, past a customer caller's own scope: whether another customer holds the
    /// card decides the rule, and the answer names no one.
    /// </remarks>
    public static async Task<string?> ProblemAsync(CardsDbContext dbContext, string mode, long orderId, long? customerId, long? cardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        if (customerId is null || cardId is null)
        {
            return null;
        }

        IQueryable<long?> walletHolders = dbContext.CustomerPaymentSources.AsNoTracking()
            .Where(CallerScopes.OfMode<CustomerPaymentSource>(mode))
            .Where(source => source.PaymentSourceId == cardId)
            .Select(source => source.CustomerId);
        IQueryable<long?> orderHolders = dbContext.Orders.AsNoTracking()
            .Where(CallerScopes.OfMode<Order>(mode))
            .Where(order => order.Id != orderId && order.CustomerId != null
                && (order.PaymentSourceId == cardId || dbContext.CreditCards.Any(card => card.Id == cardId && card.OrderId == order.Id)))
            .Select(order => order.CustomerId);
        List<long?> holders = await walletHolders.Concat(orderHolders).Distinct().ToListAsync(cancellationToken);

        return holders.Count > 0 && !holders.Contains(customerId)
            ? $"Credit card {cardId} belongs to another customer (saved to their wallet or used on their orders) and cannot pay for this customer's order."
            : null;
    }
}
