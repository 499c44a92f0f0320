namespace JsonApiCards.Api.Customers;

public static class CustomerStatus
{
    public const string Prospect = "prospect";
    public const string Acquired = "acquired";
    public const string Repeat = "repeat";
}
