namespace JsonApiCards.Api.Customers;

/// <summary>Where a customer stands, derived from how many of their orders are placed (placed or approved, not cancelled).</summary>
public static class CustomerStatus
{
    public const string Prospect = "prospect";
    public const string Acquired = "acquired";
    public const string Repeat = "repeat";

    public static string ForPlacedOrders(int placedOrders) => placedOrders switch
    {
        0 => Prospect,
        1 => Acquired,
        _ => Repeat,
    };
}
