using System.Text.Json.Nodes;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.Customers;

/// <summary>A shopper, with orders and a wallet of saved payment sources.</summary>
[Resource("customers")]
public sealed class Customer : IIdentifiable, IModeScoped, ITimestamped
{
    public long Id { get; set; }

    public string Mode { get; set; } = CardsMode.Test;

    [Attr]
    public string Email { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public string Status { get; set; } = CustomerStatus.Prospect;

    [Attr]
    public string? Reference { get; set; }

    [Attr(Capabilities = AllowView | AllowCreate | AllowChange)]
    public JsonObject? Metadata { get; set; }

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public DateTime CreatedAt { get; set; }

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public DateTime UpdatedAt { get; set; }

    [HasMany]
    public List<Order> Orders { get; set; } = [];

    [HasMany]
    public List<CustomerPaymentSource> CustomerPaymentSources { get; set; } = [];
}
