namespace JsonApiCards.Api.Orders;

public static class OrderStatus
{
    public const string Draft = "draft";
    public const string Pending = "pending";
    public const string Placed = "placed";
    public const string Approved = "approved";
    public const string Cancelled = "cancelled";
}

public static class OrderPaymentStatus
{
    public const string Unpaid = "unpaid";
    public const string Authorized = "authorized";
    public const string Paid = "paid";
    public const string Voided = "voided";
    public const string Refunded = "refunded";
}
