using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.TestModel;

[Resource("cards")]
public sealed class Card : IIdentifiable
{
    public long Id { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public string Reference { get; set; } = string.Empty;

    [Attr(Capabilities = AttrCapabilities.All)]
    public string? HolderName { get; set; }

    // Declared with no capabilities: readable, filterable and sortable, not writable.
    [Attr]
    public string CardType { get; set; } = string.Empty;

    [Attr(Capabilities = AttrCapabilities.All)]
    public int Month { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public int? ExpiryYear { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public decimal Balance { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public bool IsDefault { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public DateTime CreatedAt { get; set; }

    [Attr(Capabilities = AttrCapabilities.All)]
    public DateTime? ClosedAt { get; set; }

    [Attr(Capabilities = AttrCapabilities.AllowCreate)]
    public string? Number { get; set; }

    [Attr(Capabilities = AttrCapabilities.AllowView)]
    public string DisplayNumber => "**** " + Reference;

    [Attr(Capabilities = AttrCapabilities.All)]
    public JsonObject? Metadata { get; set; }

    /// <summary>The concurrency token (in the database model only): it makes the ETags of cards and guards their writes.</summary>
    public long Version { get; set; }

    [HasOne]
    public Customer? Owner { get; set; }

    public long? OwnerId { get; set; }

    [HasOne]
    public Order? Order { get; set; }

    public long? OrderId { get; set; }
}
