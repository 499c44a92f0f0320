using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Customers;

/// <summary>
/// Recomputes a customer's derived status from their orders as the database holds them inside the current transaction.
/// It reads every order of the customer whoever calls: a derived value must count them all (they are all in the customer's mode).
/// </summary>
internal sealed class CustomerStatusUpdater(CardsDbContext dbContext)
{
    public async Task RecomputeAsync(long customerId, CancellationToken cancellationToken)
    {
        int placedOrders = await dbContext.Orders.Where(OrderStatus.PlacedOrders).CountAsync(order => order.CustomerId == customerId, cancellationToken);
        Customer? customer = await dbContext.Customers.FindAsync([customerId], cancellationToken);
        if (customer is not null)
        {
            customer.Status = CustomerStatus.ForPlacedOrders(placedOrders);
        }
    }
}
