using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.TestModel;

[Resource("cards")]
public sealed class Card : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string Reference { get; set; } = string.Empty;

    [Attr]
    public string? HolderName { get; set; }

    [Attr]
    public string CardType { get; set; } = string.Empty;

    [Attr]
    public int Month { get; set; }

    [Attr]
    public int? ExpiryYear { get; set; }

    [Attr]
    public decimal Balance { get; set; }

    [Attr]
    public bool IsDefault { get; set; }

    [Attr]
    public DateTime CreatedAt { get; set; }

    [Attr]
    public DateTime? ClosedAt { get; set; }

    [Attr(Capabilities = AttrCapabilities.AllowCreate)]
    public string? Number { get; set; }

    [Attr(Capabilities = AttrCapabilities.AllowView)]
    public string DisplayNumber => "**** " + Reference;

    [Attr]
    public JsonObject? Metadata { get; set; }

    [HasOne]
    public Customer? Owner { get; set; }

    public long? OwnerId { get; set; }

    [HasOne]
    public Order? Order { get; set; }

    public long? OrderId { get; set; }
}
