using System.Globalization;
using System.Text.Json.Nodes;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// A realistic, deterministic data set (a fixed <see cref="Random"/> seed): customers, cards, orders and saved payment
/// sources with varied names, brands, dates, statuses and nulls. The entities keep their ids and relationships, so tests
/// compute what a query must return with LINQ-to-objects over the same objects that were written to the database.
/// </summary>
public sealed class RealisticSeed
{
    private static readonly string[] FirstNames = ["John", "Jane", "Joan", "Mark", "Ann", "Anna", "Sean", "Eva", "Liam", "Noah", "Olivia", "Mia", "Lucas", "Zoe", "jo", "Émile", "Aisha", "Kenji", "Sofia", "Omar"];
    private static readonly string[] LastNames = ["Smith", "Johnson", "O'Brien", "McDonald", "Nguyen", "Garcia", "Schmidt", "Rossi", "Dubois", "Jansen", "Anderson", "Sato", "Kowalski", "de Jong", "Silva", "Stone", "Smithson", "Mcallister", "Okafor", "Ivanova"];
    private static readonly (string Name, string Prefix, int Length)[] Brands = [("visa", "4", 16), ("master", "52", 16), ("american_express", "37", 15), ("discover", "6011", 16)];
    private static readonly string[] StorageStates = [CardStorageState.Cached, CardStorageState.Retained, CardStorageState.Redacted];
    private static readonly string[] OrderStatuses = [OrderStatus.Draft, OrderStatus.Pending, OrderStatus.Placed, OrderStatus.Approved, OrderStatus.Cancelled];
    private static readonly string[] PaymentStatuses = [OrderPaymentStatus.Unpaid, OrderPaymentStatus.Authorized, OrderPaymentStatus.Paid, OrderPaymentStatus.Voided, OrderPaymentStatus.Refunded];
    private static readonly string[] CustomerStatuses = [CustomerStatus.Prospect, CustomerStatus.Acquired, CustomerStatus.Repeat];
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];

    /// <summary>The first instant of the data set; everything happens in the two years after it.</summary>
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    internal RealisticSeed(Func<string, DataKey> dataKeyOfMode, CardFingerprint fingerprint, int customers = 300, int cards = 2000, int orders = 800, int paymentSources = 500)
    {
        var random = new Random(20261122);

        Customers = [.. Enumerable.Range(1, customers).Select(id => new Customer
        {
            Id = id,
            Email = $"{Pick(random, FirstNames).ToLowerInvariant()}.{id}@{Pick(random, ["example.com", "mail.test", "shop.example"])}",
            Status = Pick(random, CustomerStatuses),
            Reference = random.Next(5) == 0 ? null : $"CUS-{id:0000}",
            CreatedAt = Instant(random),
        })];

        Cards = [.. Enumerable.Range(1, cards).Select(id => Card(id, random, dataKeyOfMode, fingerprint))];
        List<CreditCard> testCards = [.. Cards.Where(card => card.Mode == CardsMode.Test)];

        Orders = [.. Enumerable.Range(1, orders).Select(id =>
        {
            Customer? customer = random.Next(10) == 0 ? null : Pick(random, Customers);
            var order = new Order
            {
                Id = id,
                Number = $"ORD-{id:00000}",
                Status = Pick(random, OrderStatuses),
                PaymentStatus = Pick(random, PaymentStatuses),
                CurrencyCode = Pick(random, Currencies),
                CustomerEmail = random.Next(4) == 0 ? null : random.Next(6) == 0 ? string.Empty : customer?.Email ?? $"guest{id}@example.com",
                TotalAmountCents = random.Next(0, 500_001),
                CustomerId = customer?.Id,
                Customer = customer,
                Reference = random.Next(3) == 0 ? null : $"ORD-REF-{random.Next(1000):000}",
                CreatedAt = Instant(random),
            };
            order.UpdatedAt = order.CreatedAt.AddHours(random.Next(0, 500));
            customer?.Orders.Add(order);
            if (random.Next(10) < 7)
            {
                order.PaymentSource = Pick(random, testCards);
                order.PaymentSourceId = order.PaymentSource.Id;
            }

            return order;
        })];

        foreach (CreditCard card in testCards.Where(_ => random.Next(3) == 0))
        {
            card.Order = Pick(random, Orders);
            card.OrderId = card.Order.Id;
        }

        PaymentSources = [.. Enumerable.Range(1, paymentSources).Select(id =>
        {
            Customer customer = Pick(random, Customers);
            CreditCard card = Pick(random, testCards);
            var source = new CustomerPaymentSource
            {
                Id = id,
                Name = random.Next(3) == 0 ? $"{Pick(random, ["Work", "Personal", "Travel", "Backup"])} card" : card.DisplayNumber,
                CustomerToken = $"cus_{id:00000}",
                PaymentSourceToken = $"ps_{id:00000}",
                CustomerId = customer.Id,
                Customer = customer,
                PaymentSourceId = card.Id,
                PaymentSource = card,
                CreatedAt = Instant(random),
            };
            source.UpdatedAt = source.CreatedAt;
            customer.CustomerPaymentSources.Add(source);
            return source;
        })];
    }

    public IReadOnlyList<Customer> Customers { get; }

    public IReadOnlyList<CreditCard> Cards { get; }

    /// <summary>The cards a test-mode caller sees.</summary>
    public IEnumerable<CreditCard> VisibleCards => Cards.Where(card => card.Mode == CardsMode.Test);

    public IReadOnlyList<Order> Orders { get; }

    public IReadOnlyList<CustomerPaymentSource> PaymentSources { get; }

    private static CreditCard Card(int id, Random random, Func<string, DataKey> dataKeyOfMode, CardFingerprint fingerprint)
    {
        var brand = Pick(random, Brands);
        string number = CardNumber(random, brand.Prefix, brand.Length);
        var card = new CreditCard
        {
            Id = id,
            Mode = random.Next(10) == 0 ? CardsMode.Live : CardsMode.Test,
            FirstName = Pick(random, FirstNames),
            LastName = Pick(random, LastNames),
            Month = random.Next(1, 13).ToString("00", CultureInfo.InvariantCulture),
            Year = random.Next(2026, 2036).ToString(CultureInfo.InvariantCulture),
            CardType = brand.Name,
            Bin = CardDisplay.Bin(number),
            LastFour = CardDisplay.LastFour(number),
            StorageState = Pick(random, StorageStates),
            Reference = random.Next(4) == 0 ? null : $"REF-{random.Next(10_000):0000}",
            Metadata = random.Next(5) == 0 ? new JsonObject { ["tier"] = Pick(random, ["gold", "silver"]) } : null,
            CreatedAt = Instant(random),
        };
        card.UpdatedAt = random.Next(3) == 0 ? card.CreatedAt : card.CreatedAt.AddMinutes(random.Next(1, 100_000));
        ProtectedCardNumber protectedNumber = CardNumberProtector.Protect(number, id, card.Mode, dataKeyOfMode(card.Mode));
        card.Fingerprint = fingerprint.Compute(number, card.Mode);
        card.NumberCiphertext = protectedNumber.Ciphertext;
        card.NumberKeyId = protectedNumber.KeyId;
        return card;
    }

    /// <summary>A number with the brand's prefix and length whose last digit makes the Luhn checksum hold.</summary>
    private static string CardNumber(Random random, string prefix, int length)
    {
        var digits = new char[length];
        prefix.CopyTo(digits);
        for (int index = prefix.Length; index < length - 1; index++)
        {
            digits[index] = (char)('0' + random.Next(10));
        }

        int sum = 0;
        for (int index = length - 2, position = 0; index >= 0; index--, position++)
        {
            int digit = digits[index] - '0';
            sum += position % 2 == 0 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        digits[length - 1] = (char)('0' + ((10 - (sum % 10)) % 10));
        return new string(digits);
    }

    private static DateTime Instant(Random random) => Start.AddSeconds(random.Next(0, 2 * 365 * 24 * 3600)).AddMilliseconds(random.Next(1000));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
