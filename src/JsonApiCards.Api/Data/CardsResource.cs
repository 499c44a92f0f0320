using System.Text.Json.Nodes;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using static JsonApiCards.JsonApi.Resources.Annotations.AttrCapabilities;

namespace JsonApiCards.Api.Data;

/// <summary>
/// What every resource of the service has, as every Commerce Layer resource does: an id, the mode it belongs to
/// (data never crosses modes), the client's own <c>reference</c> and <c>metadata</c>, and creation and change times
/// kept by the database context. Their attributes come after each resource's own in documents.
/// </summary>
public abstract class CardsResource : IIdentifiable
{
    public long Id { get; set; }

    public string Mode { get; set; } = CardsMode.Test;

    [Attr(Capabilities = All)]
    public string? Reference { get; set; }

    [Attr(Capabilities = AllowView | AllowCreate | AllowChange)]
    public JsonObject? Metadata { get; set; }

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public DateTime CreatedAt { get; set; }

    [Attr(Capabilities = AllowView | AllowFilter | AllowSort)]
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// The row's concurrency token, behind every <c>ETag</c>: a change saved through EF Core is an
    /// <c>UPDATE ... WHERE version = @read</c>, so a conditional write that lost a race changes nothing. Not an attribute.
    /// </summary>
    public uint Version { get; set; }
}
