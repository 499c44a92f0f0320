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

    /// <summary>An order's customer is optional (a guest order has none), so orders may be replaced, added and removed.</summary>
    [HasMany]
    public List<Order> Orders { get; set; } = [];

    /// <summary>
    /// Every payment source needs its customer: replacing or removing members would leave the dropped ones without one.
    /// Adding moves a payment source into this wallet; deleting the payment source is how it leaves one.
    /// </summary>
    [HasMany(Capabilities = HasManyCapabilities.AllowAdd)]
    public List<CustomerPaymentSource> CustomerPaymentSources { get; set; } = [];
}
