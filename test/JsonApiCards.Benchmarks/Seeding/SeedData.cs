using System.Globalization;
using System.Text.Json.Nodes;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Vault;

namespace JsonApiCards.Benchmarks.Seeding;

/// <summary>
/// Deterministic rows: the same size always gives the same database. Card i pays order i (while there are orders)
/// and is saved to a wallet (while there are payment sources); numbers are valid, protected and fingerprinted by the vault.
/// </summary>
internal sealed class SeedData(SeedSize size, CardValidator validator, CardProtection protection, DataKey dataKey)
{
    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] FirstNames = ["John", "Jane", "Joan", "Mark", "Ann", "Luca", "Sofia", "Omar"];
    private static readonly string[] LastNames = ["Smith", "Rossi", "Jones", "Haddad", "Berg", "Novak", "Silva"];
    private static readonly string[] OrderStatuses = [OrderStatus.Draft, OrderStatus.Pending, OrderStatus.Placed, OrderStatus.Approved, OrderStatus.Cancelled];
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];

    // Brand prefixes and lengths: the check digit is appended, so every number passes the vault's validation.
    private static readonly (string Prefix, int Length)[] Brands = [("4", 16), ("51", 16), ("34", 15), ("6011", 16)];

    public IEnumerable<Customer> Customers() => Enumerable.Range(1, size.Customers).Select(index => new Customer
    {
        Id = index,
        Email = $"shopper{index}@example.com",
        Status = index % 3 == 0 ? CustomerStatus.Repeat : CustomerStatus.Acquired,
        Reference = $"CUS-{index:D7}",
        CreatedAt = Start.AddMinutes(index),
        UpdatedAt = Start.AddMinutes(index),
    });

    /// <summary>
    /// The orders, without their payment sources: orders and cards point at each other, so the orders go in first and
    /// <see cref="PaidOrders"/> names which of them each card pays once the cards exist.
    /// </summary>
    public IEnumerable<Order> Orders() => Enumerable.Range(1, size.Orders).Select(index => new Order
    {
        Id = index,
        Number = $"ORD-{index:D8}",
        Status = OrderStatuses[index % OrderStatuses.Length],
        CurrencyCode = Currencies[index % Currencies.Length],
        CustomerEmail = $"shopper{CustomerOf(index)}@example.com",
        TotalAmountCents = 500 + (index * 37 % 100_000),
        CustomerId = CustomerOf(index),
        Reference = $"ORD-REF-{index:D7}",
        CreatedAt = Start.AddMinutes(index),
        UpdatedAt = Start.AddMinutes(index),
    });

    /// <summary>The orders paid with a card: order N with card N, as far as there are cards.</summary>
    public int PaidOrders => Math.Min(size.Orders, size.Cards);

    public IEnumerable<CreditCard> Cards()
    {
        for (int index = 1; index <= size.Cards; index++)
        {
            var (prefix, length) = Brands[index % Brands.Length];
            string number = WithCheckDigit(prefix + index.ToString(CultureInfo.InvariantCulture).PadLeft(length - prefix.Length - 1, '0'));
            string month = ((index % 12) + 1).ToString("00", CultureInfo.InvariantCulture);
            string year = (2027 + (index % 6)).ToString(CultureInfo.InvariantCulture);
            // Made-up numbers, not published test ones, that go straight to the database: checked for their form, as live mode checks.
            CardValidationResult result = validator.Validate(new CardDetails(number, prefix == "34" ? "1234" : "123", month, year), CardsMode.Live);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"Seed card {index} is invalid: {string.Join("; ", result.Errors.Select(error => error.Message))}");
            }

            CreditCard card = protection.Describe(new CreditCard
            {
                Id = index,
                FirstName = FirstNames[index % FirstNames.Length],
                LastName = LastNames[index % LastNames.Length],
                Month = month,
                Year = year,
                CardType = result.Brand!.Name,
                StorageState = index <= size.PaymentSources ? CardStorageState.Retained : CardStorageState.Cached,
                Reference = $"REF-{index:D7}",
                Metadata = index % 4 == 0 ? new JsonObject { ["segment"] = "loyal" } : null,
                OrderId = index <= size.Orders ? index : null,
                CreatedAt = Start.AddMinutes(index),
                UpdatedAt = Start.AddMinutes(index),
            }, number);
            yield return CardProtection.Store(card, CardNumberProtector.Protect(number, card.Id, card.Mode, dataKey));
        }
    }

    public IEnumerable<CustomerPaymentSource> PaymentSources() => Enumerable.Range(1, size.PaymentSources).Select(index => new CustomerPaymentSource
    {
        Id = index,
        Name = "XXXX-XXXX-XXXX-" + index.ToString("0000", CultureInfo.InvariantCulture)[^4..],
        CustomerToken = $"cus_{index:D8}",
        PaymentSourceToken = $"pst_{index:D10}",
        CustomerId = CustomerOf(index),
        PaymentSourceId = index,
        CreatedAt = Start.AddMinutes(index),
        UpdatedAt = Start.AddMinutes(index),
    });

    private int CustomerOf(int index) => ((index - 1) % size.Customers) + 1;

    private static string WithCheckDigit(string partial)
    {
        int sum = 0;
        for (int position = 0; position < partial.Length; position++)
        {
            int digit = partial[partial.Length - 1 - position] - '0';
            if (position % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return partial + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
