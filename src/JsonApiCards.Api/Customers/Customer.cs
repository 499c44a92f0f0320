using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
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
    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string Email { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    [AllowedValues(CustomerStatus.Prospect, CustomerStatus.Acquired, CustomerStatus.Repeat)]
    public string Status { get; set; } = CustomerStatus.Prospect;

    /// <summary>Whether the customer has a password, and so may get a customer token (the password grant). Read-only.</summary>
    [Attr(Capabilities = AllowView | AllowFilter)]
    public bool HasPassword { get; set; }

    /// <summary>Write-only: the definition hashes it into <see cref="PasswordHash"/> and drops it; never stored, returned or logged. Null removes the password.</summary>
    [NotMapped]
    [Attr(Capabilities = AllowCreate | AllowChange)]
    public string? Password { get; set; }

    /// <summary>The password as <c>PasswordHasher</c> hashes it; no attribute, so no document ever carries it.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Raised by every change or removal of the password; a customer token carries the value it was issued under, and is refused once it differs.</summary>
    public int CredentialsVersion { get; set; }

    /// <summary>An order's customer is optional (a guest order has none), so orders may be replaced, added and removed.</summary>
    [HasMany]
    public List<Order> Orders { get; set; } = [];

    /// <summary>
    /// Every payment source needs its customer: replacing or removing members would leave the dropped ones without one (403).
    /// Adding is allowed, but a payment source's customer is fixed (see <see cref="CustomerPaymentSourceDefinition"/>), so only members
    /// already in this wallet may be added; saving a card creates a payment source and deleting it removes the card.
    /// </summary>
    [HasMany(Capabilities = HasManyCapabilities.AllowAdd)]
    public List<CustomerPaymentSource> CustomerPaymentSources { get; set; } = [];
}
