using System.Text.Json;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// Query strings against a realistic data set: every request's page of ids and record count must equal what LINQ-to-objects
/// computes over the very entities that were seeded. Strings compare and sort ordinally, as SQLite does.
/// </summary>
public sealed class RealisticDataQueryTests(RealisticDataFixture data) : IClassFixture<RealisticDataFixture>, IDisposable
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;
    private static readonly DateTime Mid2025 = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly HttpClient _client = data.App.CreateJsonApiClient();

    /// <summary>Each request with the ids it must match, in the order it must return them (before paging).</summary>
    private static readonly Dictionary<string, Func<RealisticSeed, IEnumerable<long>>> Cases = new()
    {
        // JsonApiDotNetCore dialect: every function at least once.
        ["credit_cards?filter=equals(card_type,'visa')"] = seed => Cards(seed, card => card.CardType == "visa"),
        ["credit_cards?filter=lessThan(created_at,'2025-06-01T00:00:00Z')&page[number]=4"] = seed => Cards(seed, card => card.CreatedAt < Mid2025),
        ["credit_cards?filter=lessOrEqual(month,'03')"] = seed => Cards(seed, card => Ordinal.Compare(card.Month, "03") <= 0),
        ["credit_cards?filter=greaterThan(year,'2032')&page[size]=25&page[number]=3"] = seed => Cards(seed, card => Ordinal.Compare(card.Year, "2032") > 0),
        ["credit_cards?filter=greaterOrEqual(created_at,updated_at)"] = seed => Cards(seed, card => card.CreatedAt >= card.UpdatedAt),
        ["credit_cards?filter=contains(last_name,'son')"] = seed => Cards(seed, card => card.LastName.Contains("son", StringComparison.Ordinal)),
        ["credit_cards?filter=startsWith(first_name,'Jo')"] = seed => Cards(seed, card => card.FirstName.StartsWith("Jo", StringComparison.Ordinal)),
        ["credit_cards?filter=endsWith(reference,'7')"] = seed => Cards(seed, card => card.Reference?.EndsWith('7') == true),
        ["credit_cards?filter=any(storage_state,'retained','redacted')"] = seed => Cards(seed, card => card.StorageState is "retained" or "redacted"),
        ["credit_cards?filter=not(equals(card_type,'visa'))&page[size]=25"] = seed => Cards(seed, card => card.CardType != "visa"),
        ["credit_cards?filter=and(equals(card_type,'master'),greaterOrEqual(created_at,'2025-01-01'))"] = seed => Cards(seed, card => card.CardType == "master" && card.CreatedAt >= new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        ["credit_cards?filter=or(equals(reference,null),startsWith(last_name,'O'))"] = seed => Cards(seed, card => card.Reference is null || card.LastName.StartsWith('O')),
        ["credit_cards?filter=isType(order,orders)"] = seed => Cards(seed, card => card.OrderId is not null),
        ["credit_cards?filter=equals(order.status,'placed')&sort=-created_at"] = seed => seed.VisibleCards.Where(card => card.Order?.Status == "placed").OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Id).Select(card => card.Id),
        ["credit_cards?filter=equals(card_type,'visa')&filter=equals(card_type,'discover')"] = seed => Cards(seed, card => card.CardType is "visa" or "discover"),
        ["customers?filter=has(orders,equals(status,'cancelled'))"] = seed => Customers(seed, customer => customer.Orders.Any(order => order.Status == "cancelled")),
        ["customers?filter=greaterThan(count(orders),'3')&sort=-email"] = seed => seed.Customers.Where(customer => customer.Orders.Count > 3).OrderByDescending(customer => customer.Email, Ordinal).Select(customer => customer.Id),
        ["customers?filter=has(customer_payment_sources)&page[size]=25&page[number]=2"] = seed => Customers(seed, customer => customer.CustomerPaymentSources.Count > 0),
        ["orders?filter=greaterThan(total_amount_cents,'250000')&sort=-total_amount_cents"] = seed => seed.Orders.Where(order => order.TotalAmountCents > 250_000).OrderByDescending(order => order.TotalAmountCents).ThenBy(order => order.Id).Select(order => order.Id),
        ["orders?filter=equals(customer_email,null)"] = seed => Orders(seed, order => order.CustomerEmail is null),
        ["orders?filter=equals(customer.status,'repeat')&sort=number"] = seed => seed.Orders.Where(order => order.Customer?.Status == "repeat").OrderBy(order => order.Number, Ordinal).Select(order => order.Id),

        // has() nested up to the depth limit, through to-one paths, and negated, where a missing to-one must count as "has none".
        ["credit_cards?filter=has(order.customer.orders,has(payment_source.order.customer.orders,equals(status,'placed')))"] = seed =>
            Cards(seed, card => card.Order?.Customer?.Orders.Any(order => order.PaymentSource?.Order?.Customer?.Orders.Any(other => other.Status == "placed") == true) == true),
        ["credit_cards?filter=not(has(order.customer.orders,equals(status,'cancelled')))&page[number]=3"] = seed =>
            Cards(seed, card => card.Order?.Customer?.Orders.Any(order => order.Status == "cancelled") != true),
        ["orders?filter=has(customer.customer_payment_sources,has(customer.orders,has(payment_source.order.customer.orders,equals(status,'draft'))))"] = seed =>
            Orders(seed, order => order.Customer?.CustomerPaymentSources.Any(source => source.Customer!.Orders.Any(other => other.PaymentSource?.Order?.Customer?.Orders.Any(last => last.Status == "draft") == true)) == true),
        ["customers?filter=not(has(orders,has(customer.customer_payment_sources)))"] = seed =>
            Customers(seed, customer => !customer.Orders.Any(order => order.Customer!.CustomerPaymentSources.Count > 0)),

        // Ransack dialect: every predicate that applies to these types at least once.
        ["credit_cards?filter[q][card_type_eq]=master"] = seed => Cards(seed, card => card.CardType == "master"),
        ["credit_cards?filter[q][storage_state_not_eq]=cached"] = seed => Cards(seed, card => card.StorageState != "cached"),
        ["credit_cards?filter[q][created_at_lt]=2025-03-01T00:00:00Z"] = seed => Cards(seed, card => card.CreatedAt < new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
        ["credit_cards?filter[q][year_lteq]=2027"] = seed => Cards(seed, card => Ordinal.Compare(card.Year, "2027") <= 0),
        ["orders?filter[q][total_amount_cents_gt]=400000"] = seed => Orders(seed, order => order.TotalAmountCents > 400_000),
        ["orders?filter[q][total_amount_cents_gteq]=100000&filter[q][status_in]=placed,approved"] = seed => Orders(seed, order => order.TotalAmountCents >= 100_000 && order.Status is "placed" or "approved"),
        ["credit_cards?filter[q][card_type_in]=visa,discover&page[number]=2"] = seed => Cards(seed, card => card.CardType is "visa" or "discover"),
        ["credit_cards?filter[q][storage_state_not_in]=cached,redacted"] = seed => Cards(seed, card => card.StorageState is not ("cached" or "redacted")),
        ["credit_cards?filter[q][last_name_start]=Mc"] = seed => Cards(seed, card => card.LastName.StartsWith("Mc", StringComparison.Ordinal)),
        ["credit_cards?filter[q][last_name_not_start]=S"] = seed => Cards(seed, card => !card.LastName.StartsWith('S')),
        ["credit_cards?filter[q][first_name_end]=n"] = seed => Cards(seed, card => card.FirstName.EndsWith('n')),
        ["credit_cards?filter[q][first_name_not_end]=a"] = seed => Cards(seed, card => !card.FirstName.EndsWith('a')),
        ["credit_cards?filter[q][first_name_or_last_name_cont]=an"] = seed => Cards(seed, card => card.FirstName.Contains("an", StringComparison.Ordinal) || card.LastName.Contains("an", StringComparison.Ordinal)),
        ["credit_cards?filter[q][last_name_not_cont]=o"] = seed => Cards(seed, card => !card.LastName.Contains('o', StringComparison.Ordinal)),
        ["credit_cards?filter[q][reference_null]=true"] = seed => Cards(seed, card => card.Reference is null),
        ["credit_cards?filter[q][reference_not_null]=true&sort=reference"] = seed => seed.VisibleCards.Where(card => card.Reference is not null).OrderBy(card => card.Reference, Ordinal).ThenBy(card => card.Id).Select(card => card.Id),
        ["orders?filter[q][customer_email_present]=true"] = seed => Orders(seed, order => !string.IsNullOrEmpty(order.CustomerEmail)),
        ["orders?filter[q][customer_email_blank]=true"] = seed => Orders(seed, order => string.IsNullOrEmpty(order.CustomerEmail)),
        ["orders?filter[q][reference_eq_or_null]=ORD-REF-007"] = seed => Orders(seed, order => order.Reference is null or "ORD-REF-007"),
        ["credit_cards?filter[q][order_status_eq]=draft"] = seed => Cards(seed, card => card.Order?.Status == "draft"),
        ["orders?filter[q][customer_status_eq]=prospect&filter=greaterThan(total_amount_cents,'1000')"] = seed => Orders(seed, order => order.Customer?.Status == "prospect" && order.TotalAmountCents > 1000),

        // Simple filters, sort and paging.
        ["credit_cards?filter[card_type]=american_express&filter[created_at_from]=2024-07-01T00:00:00Z&filter[created_at_to]=2025-07-01T00:00:00Z"] = seed => Cards(seed, card => card.CardType == "american_express" && card.CreatedAt >= new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc) && card.CreatedAt <= new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc)),
        ["credit_cards?filter[ids]=5,50,500,1500,1999&filter[updated_at_from]=2024-01-01"] = seed => Cards(seed, card => card.Id is 5 or 50 or 500 or 1500 or 1999),
        ["credit_cards?sort=-created_at,reference&page[number]=7&page[size]=25"] = seed => seed.VisibleCards.OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Reference, Ordinal).ThenBy(card => card.Id).Select(card => card.Id),
        ["credit_cards?sort=card_type,-updated_at&page[number]=72&page[size]=25"] = seed => seed.VisibleCards.OrderBy(card => card.CardType, Ordinal).ThenByDescending(card => card.UpdatedAt).ThenBy(card => card.Id).Select(card => card.Id),
        ["customer_payment_sources?sort=-name,id&page[size]=25&page[number]=5"] = seed => seed.PaymentSources.OrderByDescending(source => source.Name, Ordinal).ThenBy(source => source.Id).Select(source => source.Id),
        ["customers?sort=status,email&page[number]=30"] = seed => seed.Customers.OrderBy(customer => customer.Status, Ordinal).ThenBy(customer => customer.Email, Ordinal).Select(customer => customer.Id),
        ["customers/7/orders?sort=-total_amount_cents"] = seed => seed.Customers[6].Orders.OrderByDescending(order => order.TotalAmountCents).ThenBy(order => order.Id).Select(order => order.Id),
        ["customers/12/orders?filter[q][status_not_eq]=draft&page[size]=2"] = seed => NewestFirst(seed.Customers[11].Orders.Where(order => order.Status != "draft")),
        ["customers/30/customer_payment_sources?filter=startsWith(name,'XXXX')"] = seed => seed.Customers[29].CustomerPaymentSources.Where(source => source.Name.StartsWith("XXXX", StringComparison.Ordinal)).OrderBy(source => source.Id).Select(source => source.Id),
    };

    public static TheoryData<string> Requests => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_returns_the_page_and_record_count_linq_to_objects_computes(string request)
    {
        // Arrange
        List<long> matches = [.. Cases[request](data.Seed)];
        var query = QueryHelpers.ParseQuery(new Uri("http://localhost/" + request).Query);
        int pageNumber = query.TryGetValue("page[number]", out var number) ? int.Parse(number!, System.Globalization.CultureInfo.InvariantCulture) : 1;
        int pageSize = query.TryGetValue("page[size]", out var size) ? int.Parse(size!, System.Globalization.CultureInfo.InvariantCulture) : 10;

        // Act
        using JsonDocument document = await GetAsync("/api/" + request);

        // Assert
        matches.Should().NotBeEmpty("a case that matches nothing proves little");
        Ids(document.RootElement.GetProperty("data")).Should().Equal(matches.Skip((pageNumber - 1) * pageSize).Take(pageSize), request);
        document.RootElement.GetProperty("meta").GetProperty("record_count").GetInt64().Should().Be(matches.Count, request);
    }

    [Fact]
    public async Task Included_resources_and_sparse_fieldsets_match_the_seed()
    {
        // Act
        using JsonDocument document = await GetAsync("/api/credit_cards?filter[q][order_status_in]=placed,approved&sort=-created_at&page[size]=25&page[number]=2&include=order.customer&fields[credit_cards]=last_name,order&fields[orders]=number,customer&fields[customers]=email");

        // Assert
        List<CreditCard> page = [.. data.Seed.VisibleCards.Where(card => card.Order?.Status is "placed" or "approved").OrderByDescending(card => card.CreatedAt).ThenBy(card => card.Id).Skip(25).Take(25)];
        JsonElement root = document.RootElement;
        Ids(root.GetProperty("data")).Should().Equal(page.Select(card => card.Id));
        root.GetProperty("data").EnumerateArray().Select(item => item.GetProperty("attributes").GetProperty("last_name").GetString()).Should().Equal(page.Select(card => card.LastName));
        root.GetProperty("data").EnumerateArray().Should().OnlyContain(item => item.GetProperty("attributes").EnumerateObject().Count() == 1);

        var included = root.GetProperty("included").EnumerateArray().ToList();
        List<Order> orders = [.. page.Select(card => card.Order!).DistinctBy(order => order.Id)];
        List<Customer> customers = [.. orders.Where(order => order.Customer is not null).Select(order => order.Customer!).DistinctBy(customer => customer.Id)];
        IdsOf(included, "orders").Should().BeEquivalentTo(orders.Select(order => order.Id));
        IdsOf(included, "customers").Should().BeEquivalentTo(customers.Select(customer => customer.Id));
        included.Where(item => item.GetProperty("type").GetString() == "customers").Select(item => item.GetProperty("attributes").GetProperty("email").GetString())
            .Should().BeEquivalentTo(customers.Select(customer => customer.Email));
    }

    [Fact]
    public async Task Include_filters_narrow_included_collections_at_every_depth()
    {
        // Act
        using JsonDocument document = await GetAsync("/api/customers?filter=has(orders)&page[size]=25&include=orders.payment_source,customer_payment_sources&filter[orders]=equals(status,'placed')&filter[customer_payment_sources]=startsWith(name,'XXXX')&fields[customers]=orders,customer_payment_sources");

        // Assert
        List<Customer> page = [.. data.Seed.Customers.Where(customer => customer.Orders.Count > 0).Take(25)];
        var resources = document.RootElement.GetProperty("data").EnumerateArray().ToList();
        Ids(document.RootElement.GetProperty("data")).Should().Equal(page.Select(customer => customer.Id));
        for (int index = 0; index < page.Count; index++)
        {
            JsonElement relationships = resources[index].GetProperty("relationships");
            Ids(relationships.GetProperty("orders").GetProperty("data")).Should().Equal(page[index].Orders.Where(order => order.Status == "placed").Select(order => order.Id).Order());
            Ids(relationships.GetProperty("customer_payment_sources").GetProperty("data")).Should().Equal(
                page[index].CustomerPaymentSources.Where(source => source.Name.StartsWith("XXXX", StringComparison.Ordinal)).Select(source => source.Id).Order());
        }

        var included = document.RootElement.GetProperty("included").EnumerateArray().ToList();
        IdsOf(included, "credit_cards").Should().BeEquivalentTo(page.SelectMany(customer => customer.Orders)
            .Where(order => order.Status == "placed" && order.PaymentSourceId is not null).Select(order => order.PaymentSourceId!.Value).Distinct());
    }

    public void Dispose() => _client.Dispose();

    private async Task<JsonDocument> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    private static IEnumerable<long> Cards(RealisticSeed seed, Func<CreditCard, bool> predicate) => seed.VisibleCards.Where(predicate).Select(card => card.Id);

    private static IEnumerable<long> Customers(RealisticSeed seed, Func<Customer, bool> predicate) => seed.Customers.Where(predicate).Select(customer => customer.Id);

    // Orders without a sort come newest first: the order definition's default sort, then the id.
    private static IEnumerable<long> Orders(RealisticSeed seed, Func<Order, bool> predicate) => NewestFirst(seed.Orders.Where(predicate));

    private static IEnumerable<long> NewestFirst(IEnumerable<Order> orders) => orders.OrderByDescending(order => order.CreatedAt).ThenBy(order => order.Id).Select(order => order.Id);

    private static List<long> Ids(JsonElement array) => [.. array.EnumerateArray().Select(item => long.Parse(item.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))];

    private static IEnumerable<long> IdsOf(IEnumerable<JsonElement> resources, string type) =>
        resources.Where(item => item.GetProperty("type").GetString() == type).Select(item => long.Parse(item.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
}
