namespace JsonApiCards.Api.Security;

/// <summary>
/// What a customer-scoped caller's scope reads: its mode and its customer. The scope expressions of one request capture
/// this object, so EF Core sends its values as parameters and every customer shares one cached or compiled query per shape.
/// </summary>
internal sealed class CustomerScopeValues(string mode, long customerId)
{
    public string Mode { get; } = mode;

    public long CustomerId { get; } = customerId;
}
