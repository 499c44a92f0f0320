namespace JsonApiCards.JsonApi.Tests.TestModel;

/// <summary>A small, fixed set of related objects for running bound queries with LINQ-to-objects.</summary>
internal sealed class TestData
{
    public TestData()
    {
        var alice = new Customer { Id = 1, FirstName = "Alice", LastName = "Smith", Email = "alice@example.com" };
        var bob = new Customer { Id = 2, FirstName = "Bob", LastName = "Jonas", Email = null };
        var carol = new Customer { Id = 3, FirstName = "Carol", LastName = "Alice", Email = "carol@example.com" };

        var placed = new Order { Id = 11, Status = "placed", TotalAmountCents = 1500, Customer = alice, CustomerId = 1 };
        var cancelled = new Order { Id = 12, Status = "cancelled", TotalAmountCents = 500, Customer = bob, CustomerId = 2 };
        var big = new Order { Id = 13, Status = "placed", TotalAmountCents = 25000, Customer = bob, CustomerId = 2 };

        Cards =
        [
            new Card
            {
                Id = 1, Reference = "A1", HolderName = "Jo Smith", CardType = "visa", Month = 1, ExpiryYear = 2027, Balance = 10.5m, IsDefault = true,
                CreatedAt = Utc("2024-01-10T00:00:00"), Owner = alice, OwnerId = 1, Order = placed, OrderId = 11,
            },
            new Card
            {
                Id = 2, Reference = "A2", HolderName = null, CardType = "mastercard", Month = 6, ExpiryYear = null, Balance = 0m, IsDefault = false,
                CreatedAt = Utc("2024-03-05T12:30:00"), ClosedAt = Utc("2024-06-01T00:00:00"), Owner = bob, OwnerId = 2, Order = cancelled, OrderId = 12,
            },
            new Card
            {
                Id = 3, Reference = "B1", HolderName = string.Empty, CardType = "visa", Month = 12, ExpiryYear = 2030, Balance = 99.99m, IsDefault = false,
                CreatedAt = Utc("2024-07-20T08:00:00"), Owner = alice, OwnerId = 1,
            },
            new Card
            {
                Id = 4, Reference = "O'Brien", HolderName = "Joan Jones", CardType = "amex", Month = 3, ExpiryYear = 2026, Balance = 250m, IsDefault = true,
                CreatedAt = Utc("2023-12-31T23:00:00"), Owner = bob, OwnerId = 2, Order = big, OrderId = 13,
            },
        ];

        placed.Cards.Add(Cards[0]);
        cancelled.Cards.Add(Cards[1]);
        big.Cards.Add(Cards[3]);
        alice.Cards.AddRange([Cards[0], Cards[2]]);
        bob.Cards.AddRange([Cards[1], Cards[3]]);
        alice.Orders.Add(placed);
        bob.Orders.AddRange([cancelled, big]);

        Customers = [alice, bob, carol];
        Orders = [placed, cancelled, big];
    }

    public IReadOnlyList<Card> Cards { get; }

    public IReadOnlyList<Customer> Customers { get; }

    public IReadOnlyList<Order> Orders { get; }

    private static DateTime Utc(string text) => DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
