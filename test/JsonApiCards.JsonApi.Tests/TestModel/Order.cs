using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;

namespace JsonApiCards.JsonApi.Tests.TestModel;

[Resource("orders")]
public sealed class Order : IIdentifiable
{
    public long Id { get; set; }

    [Attr]
    public string Status { get; set; } = string.Empty;

    [Attr]
    public long TotalAmountCents { get; set; }

    [HasOne]
    public Customer? Customer { get; set; }

    public long? CustomerId { get; set; }

    [HasMany]
    public List<Card> Cards { get; set; } = [];
}
