using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Deterministic rows for query tests, written straight to the database.</summary>
public static class CardsSeed
{
    private static readonly string[] CardTypes = ["visa", "master", "american_express", "discover"];
    private static readonly string[] FirstNames = ["John", "Jane", "Joan", "Mark", "Ann"];

    /// <summary>Cards 1..count: card types cycle, references "REF-001"..., created one minute apart from the test clock.</summary>
    public static List<CreditCard> Cards(int count) => Enumerable.Range(1, count).Select(index => new CreditCard
    {
        FirstName = FirstNames[(index - 1) % FirstNames.Length],
        LastName = "Smith",
        Month = "10",
        Year = "2030",
        CardType = CardTypes[(index - 1) % CardTypes.Length],
        Bin = "411111",
        LastFour = index.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        Fingerprint = $"fp{index}",
        Reference = $"REF-{index:000}",
        CreatedAt = JsonApiCardsApplication.Now.UtcDateTime.AddMinutes(index),
        UpdatedAt = JsonApiCardsApplication.Now.UtcDateTime.AddMinutes(index),
    }).ToList();

    public static Customer Customer(string email) => new() { Email = email };

    public static Order Order(string number, string status, Customer? customer = null, long totalCents = 1000, long? customerId = null) =>
        new() { Number = number, Status = status, CurrencyCode = "EUR", TotalAmountCents = totalCents, Customer = customer, CustomerId = customerId };
}
