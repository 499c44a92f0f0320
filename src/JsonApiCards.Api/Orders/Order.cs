using System.ComponentModel.DataAnnotations;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.Orders;

/// <summary>A customer's order; a credit card can be its payment source.</summary>
[Resource("orders")]
public sealed class Order : CardsResource
{
    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public string Number { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort | AllowChange)]
    [AllowedValues(OrderStatus.Draft, OrderStatus.Pending, OrderStatus.Placed, OrderStatus.Approved, OrderStatus.Cancelled)]
    public string Status { get; set; } = OrderStatus.Draft;

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort | AllowChange)]
    [AllowedValues(OrderPaymentStatus.Unpaid, OrderPaymentStatus.Authorized, OrderPaymentStatus.Paid, OrderPaymentStatus.Voided, OrderPaymentStatus.Refunded)]
    public string PaymentStatus { get; set; } = OrderPaymentStatus.Unpaid;

    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string CurrencyCode { get; set; } = "";

    [Attr(Capabilities = All)]
    public string? CustomerEmail { get; set; }

    [Attr(Capabilities = All)]
    public long TotalAmountCents { get; set; }

    [Attr(Capabilities = AllowView, DependsOn = [nameof(TotalAmountCents), nameof(CurrencyCode)])]
    public string FormattedTotalAmount => MoneyFormat.Format(TotalAmountCents, CurrencyCode);

    [HasOne]
    public Customer? Customer { get; set; }

    public long? CustomerId { get; set; }

    [HasOne]
    public CreditCard? PaymentSource { get; set; }

    public long? PaymentSourceId { get; set; }
}
