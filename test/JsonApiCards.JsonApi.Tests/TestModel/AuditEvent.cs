using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.TestModel;

[Resource("audit_events")]
public sealed class AuditEvent : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string Action { get; set; } = string.Empty;
}
