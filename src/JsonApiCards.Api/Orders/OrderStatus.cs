using System.Linq.Expressions;

namespace JsonApiCards.Api.Orders;

/// <summary>The life of an order.</summary>
public static class OrderStatus
{
    public const string Draft = "draft";
    public const string Pending = "pending";
    public const string Placed = "placed";
    public const string Approved = "approved";
    public const string Cancelled = "cancelled";

    /// <summary>
    /// <code>
    /// from \ to   pending  placed  approved  cancelled
    /// draft         yes      yes      -         yes
    /// pending        -       yes      -         yes
    /// placed         -        -      yes        yes
    /// approved       -        -       -         yes
    /// cancelled      -        -       -          -      (final)
    /// </code>
    /// An order is created as a draft. Placing needs a customer email and a payment source.
    /// </summary>
    internal static readonly StatusTransitions Transitions = new(new Dictionary<string, string[]>
    {
        [Draft] = [Pending, Placed, Cancelled],
        [Pending] = [Placed, Cancelled],
        [Placed] = [Approved, Cancelled],
        [Approved] = [Cancelled],
        [Cancelled] = [],
    });

    /// <summary>The customer and payment source can still change; once placed they are part of the order's record.</summary>
    public static bool IsOpen(string status) => status is Draft or Pending;

    /// <summary>
    /// A placed order counts for the customer's status, and locks itself and its payment source against deletion. One rule
    /// for queries (EF Core translates it) and for an order in memory (<see cref="IsPlaced"/>).
    /// </summary>
    internal static readonly Expression<Func<Order, bool>> PlacedOrders = order => order.Status == Placed || order.Status == Approved;

    private static readonly Func<Order, bool> IsPlacedOrder = PlacedOrders.Compile();

    /// <summary>Whether <paramref name="order"/> is placed, by <see cref="PlacedOrders"/>.</summary>
    public static bool IsPlaced(Order order) => IsPlacedOrder(order);
}
