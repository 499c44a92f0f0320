using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.Customers;

/// <summary>A shopper, with orders and a wallet of saved payment sources.</summary>
[Resource("customers")]
public sealed class Customer : CardsResource
{
    [Attr]
    public string Email { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public string Status { get; set; } = CustomerStatus.Prospect;

    [HasMany]
    public List<Order> Orders { get; set; } = [];

    [HasMany]
    public List<CustomerPaymentSource> CustomerPaymentSources { get; set; } = [];
}
