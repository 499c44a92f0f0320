namespace JsonApiCards.Api.Orders;

public static class OrderPaymentStatus
{
    public const string Unpaid = "unpaid";
    public const string Authorized = "authorized";
    public const string Paid = "paid";
    public const string Voided = "voided";
    public const string Refunded = "refunded";
}
