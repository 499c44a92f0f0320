namespace JsonApiCards.Api.Orders;

public static class OrderStatus
{
    public const string Draft = "draft";
    public const string Pending = "pending";
    public const string Placed = "placed";
    public const string Approved = "approved";
    public const string Cancelled = "cancelled";
}
