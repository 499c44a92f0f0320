using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.CreditCards;

/// <summary>A payment card held in the vault. Only the BIN and last four digits are kept in clear.</summary>
[Resource("credit_cards")]
public sealed class CreditCard : CardsResource
{
    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string FirstName { get; set; } = "";

    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string LastName { get; set; } = "";

    [Attr(Capabilities = AllowView, DependsOn = [nameof(FirstName), nameof(LastName)])]
    public string FullName => $"{FirstName} {LastName}";

    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string Month { get; set; } = "";

    [Attr(Capabilities = All, RequiredOnCreate = true)]
    public string Year { get; set; } = "";

    [Attr(Capabilities = AllowView, DependsOn = [nameof(Month), nameof(Year)])]
    public string ValidThru => $"{Month}/{Year}";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    [CardBrandNames]
    public string CardType { get; set; } = "";

    [Attr(Capabilities = AllowView, DependsOn = [nameof(LastFour)])]
    public string DisplayNumber => "XXXX-XXXX-XXXX-" + LastFour;

    /// <summary>Alias of <see cref="DisplayNumber"/>, as in the Commerce Layer document.</summary>
    [Attr(Capabilities = AllowView, DependsOn = [nameof(LastFour)])]
    public string Name => DisplayNumber;

    [Attr(Capabilities = AllowView | AllowFilter)]
    public string Fingerprint { get; set; } = "";

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    [AllowedValues(CardStorageState.Cached, CardStorageState.Retained, CardStorageState.Redacted)]
    public string StorageState { get; set; } = CardStorageState.Cached;

    /// <summary>Write-only: the full number arrives here, is protected by the definition, and is never stored.</summary>
    [NotMapped]
    [Attr(Capabilities = AllowCreate, RequiredOnCreate = true)]
    public string? Number { get; set; }

    /// <summary>Write-only: checked on create, then dropped. Never stored.</summary>
    [NotMapped]
    [Attr(Capabilities = AllowCreate)]
    public string? VerificationValue { get; set; }

    public string Bin { get; set; } = "";

    public string LastFour { get; set; } = "";

    /// <summary>
    /// The card's stable public identifier where a shape names cards without ids (Akinon's stored cards): random, made with
    /// the card, never changed, unique (a unique index).
    /// </summary>
    public Guid CardIdentifier { get; set; } = Guid.NewGuid();

    /// <summary>AES-GCM nonce, ciphertext and tag of the PAN; null once redacted.</summary>
    public byte[]? NumberCiphertext { get; set; }

    public string? NumberKeyId { get; set; }

    [HasOne]
    public Order? Order { get; set; }

    public long? OrderId { get; set; }

    /// <summary>The wallet entries that hold the card: not exposed, read by a customer's scope (cards in its wallet).</summary>
    public List<CustomerPaymentSource> WalletEntries { get; set; } = [];

    /// <summary>The orders the card pays for: not exposed, read by a customer's scope (cards paying for its orders).</summary>
    public List<Order> PaidOrders { get; set; } = [];
}
