using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.PaymentSources;

/// <summary>A card saved to a customer's wallet.</summary>
[Resource("customer_payment_sources")]
public sealed class CustomerPaymentSource : CardsResource
{
    /// <summary>The card's label: its display number unless the customer named it.</summary>
    [Attr(Capabilities = AllowView | AllowFilter | AllowSort | AllowCreate | AllowChange)]
    public string Name { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter)]
    public string CustomerToken { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter)]
    public string PaymentSourceToken { get; set; } = "";

    /// <summary>The payment gateway the card was saved through (Ottu's <c>pg_code</c>); <see cref="GatewayCodes.Default"/> unless the client names one.</summary>
    [Attr(Capabilities = AllowView | AllowFilter | AllowSort | AllowCreate | AllowChange)]
    public string GatewayCode { get; set; } = GatewayCodes.Default;

    /// <summary>Whether this is the customer's preferred card; preferred cards come first in the Ottu list.</summary>
    [Attr(Capabilities = AllowView | AllowFilter | AllowSort | AllowCreate | AllowChange)]
    public bool IsPreferred { get; set; }

    /// <summary>The ids of the recurring-payment agreements (auto-debit) the customer has made with this card.</summary>
    [Attr(Capabilities = AllowView | AllowCreate | AllowChange)]
    public List<string> AgreementIds { get; set; } = [];

    [HasOne(IsRequired = true)]
    public Customer? Customer { get; set; }

    public long? CustomerId { get; set; }

    [HasOne(IsRequired = true)]
    public CreditCard? PaymentSource { get; set; }

    public long? PaymentSourceId { get; set; }
}
