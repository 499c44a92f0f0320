namespace JsonApiCards.Api.Orders;

/// <summary>Where an order's payment stands.</summary>
public static class OrderPaymentStatus
{
    public const string Unpaid = "unpaid";
    public const string Authorized = "authorized";
    public const string Paid = "paid";
    public const string Voided = "voided";
    public const string Refunded = "refunded";

    /// <summary>
    /// <code>
    /// from \ to    authorized  paid  voided  refunded
    /// unpaid          yes       yes    -        -
    /// authorized       -        yes   yes       -
    /// paid             -         -     -       yes
    /// voided, refunded: final
    /// </code>
    /// An order is created unpaid.
    /// </summary>
    internal static readonly StatusTransitions Transitions = new(new Dictionary<string, string[]>
    {
        [Unpaid] = [Authorized, Paid],
        [Authorized] = [Paid, Voided],
        [Paid] = [Refunded],
        [Voided] = [],
        [Refunded] = [],
    });
}
