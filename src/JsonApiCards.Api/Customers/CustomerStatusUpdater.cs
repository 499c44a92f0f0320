using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Customers;

/// <summary>
/// Recomputes a customer's derived status from their orders as the database holds them inside the current transaction.
/// It reads every order of the customer whoever calls: a derived value must count them all (they are all in the customer's mode).
/// The customer's row is locked first (where the database needs it, <see cref="IRowLocks"/>): two orders placed at once then
/// recompute one after the other, and the second counts the first.
/// </summary>
internal sealed class CustomerStatusUpdater(CardsDbContext dbContext, IRowLocks? rowLocks = null)
{
    public async Task RecomputeAsync(long customerId, CancellationToken cancellationToken)
    {
        Customer? customer = rowLocks is null
            ? await dbContext.Customers.FindAsync([customerId], cancellationToken)
            : await rowLocks.Locked<Customer>(dbContext, customerId).FirstOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return;
        }

        int placedOrders = await dbContext.Orders.Where(OrderStatus.PlacedOrders).CountAsync(order => order.CustomerId == customerId, cancellationToken);
        customer.Status = CustomerStatus.ForPlacedOrders(placedOrders);
    }
}
