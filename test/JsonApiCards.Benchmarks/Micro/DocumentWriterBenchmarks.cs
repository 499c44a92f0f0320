using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.JsonApi.Documents;

namespace JsonApiCards.Benchmarks.Micro;

/// <summary>
/// Writing a page of 25 credit cards with <c>include=order.customer</c> to UTF-8, as a response does: a new
/// <see cref="Utf8JsonWriter"/> per document over a reused buffer (the response pipe in the service).
/// </summary>
[MemoryDiagnoser]
public class DocumentWriterBenchmarks : IDisposable
{
    private readonly CardsServiceFixture _fixture = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private List<object> _page = null!;
    private DocumentContext _included = null!;
    private DocumentContext _plain = null!;
    private PageLinks _links = null!;

    [GlobalSetup]
    public void Setup()
    {
        _page = [.. PageOfCards()];
        var layer = _fixture.ReadCreditCardQuery(("include", "order.customer"), ("page[size]", "25"));
        var links = new LinkBuilder("http://cards.bench", "/api", "/api/credit_cards", "?include=order.customer&page[size]=25");
        _included = new DocumentContext
        {
            Links = links,
            Include = layer.Include.Elements,
            Fieldsets = layer.Fieldsets,
            Definitions = resourceType => _fixture.Definitions.Get(_fixture.Services, resourceType),
        };
        _plain = _included with { Include = [] };
        _links = links.Page(1, 25, 100_000);
    }

    [Benchmark]
    public int Page_of_25_with_order_and_customer_included() => Write(_included);

    [Benchmark]
    public int Page_of_25() => Write(_plain);

    private int Write(DocumentContext context)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, JsonApiWriterOptions.Default))
        {
            DocumentWriter.WriteCollection(writer, context, _fixture.CreditCards, _page, _links);
        }

        return _buffer.WrittenCount;
    }

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>25 cards, each paying an order; the orders belong to 10 customers, so included customers repeat as in real pages.</summary>
    private static IEnumerable<CreditCard> PageOfCards()
    {
        DateTime created = BenchmarkSettings.Now.UtcDateTime;
        var customers = Enumerable.Range(1, 10).Select(index => new Customer
        {
            Id = index,
            Email = $"shopper{index}@example.com",
            Reference = $"CUS-{index}",
            CreatedAt = created,
            UpdatedAt = created,
        }).ToList();

        for (int index = 1; index <= 25; index++)
        {
            var order = new Order
            {
                Id = 1000 + index,
                Number = $"ORD-{index:00000}",
                Status = OrderStatus.Placed,
                CurrencyCode = "EUR",
                CustomerEmail = customers[index % 10].Email,
                TotalAmountCents = 4400 + index,
                Customer = customers[index % 10],
                CustomerId = customers[index % 10].Id,
                CreatedAt = created,
                UpdatedAt = created,
            };
            yield return new CreditCard
            {
                Id = index,
                FirstName = "John",
                LastName = "Smith",
                Month = "10",
                Year = "2030",
                CardType = "visa",
                Bin = "411111",
                LastFour = $"{1000 + index}",
                Fingerprint = $"{index:x64}",
                Reference = $"REF-{index}",
                Metadata = new JsonObject { ["foo"] = "bar" },
                Order = order,
                OrderId = order.Id,
                CreatedAt = created.AddMinutes(index),
                UpdatedAt = created.AddMinutes(index),
            };
        }
    }
}
