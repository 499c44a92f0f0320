using JsonApiCards.Api.Data;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Orders;

/// <summary>
/// A customer's order is paid with a card of its own: one in its scope (a 404 otherwise, before any rule runs) that is not
/// saved to other customers' wallets only. Checked by the order's definition and by the card's (which sets the payment source
/// when a card's <c>order</c> is written), so the rule holds from either side. Integrations, which manage the whole mode, are
/// not held to it.
/// </summary>
internal static class PaymentSourceOwnership
{
    /// <summary>Why the card may not pay for the order, or null when it may (the order has no customer, or the card is this customer's or nobody's).</summary>
    /// <remarks>
    /// Looks at every wallet of the order's mode, past a customer caller's own scope: whether another customer holds the card
    /// decides the rule, and the answer names no one.
    /// </remarks>
    public static async Task<string?> ProblemAsync(CardsDbContext dbContext, string mode, long? customerId, long? cardId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        if (customerId is null || cardId is null)
        {
            return null;
        }

        List<long?> holders = await dbContext.CustomerPaymentSources.AsNoTracking()
            .Where(CallerScopes.OfMode<CustomerPaymentSource>(mode))
            .Where(source => source.PaymentSourceId == cardId)
            .Select(source => source.CustomerId)
            .ToListAsync(cancellationToken);
        return holders.Count > 0 && !holders.Contains(customerId)
            ? $"Credit card {cardId} is saved to another customer's wallet and cannot pay for this customer's order."
            : null;
    }
}
