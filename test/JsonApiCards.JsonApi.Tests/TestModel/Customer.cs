using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.TestModel;

[Resource("customers")]
public sealed class Customer : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string FirstName { get; set; } = string.Empty;

    [Attr]
    public string LastName { get; set; } = string.Empty;

    [Attr]
    public string? Email { get; set; }

    [HasMany]
    public List<Card> Cards { get; set; } = [];

    [HasMany]
    public List<Order> Orders { get; set; } = [];

    /// <summary>Append-only: events can be added, never replaced or removed.</summary>
    [HasMany(CanInclude = false, Capabilities = HasManyCapabilities.AllowAdd)]
    public List<AuditEvent> AuditEvents { get; set; } = [];
}
