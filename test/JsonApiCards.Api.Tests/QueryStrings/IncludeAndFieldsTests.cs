using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

public sealed class IncludeAndFieldsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Including_order_and_its_customer_returns_each_resource_once_with_full_linkage()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        var order = CardsSeed.Order("O-1", "placed", customer, 4400);
        var cards = CardsSeed.Cards(3);
        cards[0].Order = order;
        cards[1].Order = order;
        await App.SeedAsync([customer, order, .. cards]);

        var response = await Client.GetAsync("/api/credit_cards?include=order.customer&fields[credit_cards]=reference,order&fields[customers]=email");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_page_with_nested_includes_costs_a_bounded_number_of_statements()
    {
        var customers = Enumerable.Range(1, 5).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        var orders = Enumerable.Range(1, 20).Select(index => CardsSeed.Order($"O-{index}", "placed", customers[index % 5])).ToList();
        var cards = CardsSeed.Cards(25);
        for (int index = 0; index < cards.Count; index++)
        {
            cards[index].Order = orders[index % orders.Count];
        }

        await App.SeedAsync([.. customers, .. orders, .. cards]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards?filter[q][card_type_in]=visa,master&sort=-created_at&page[size]=25&include=order.customer");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "a count and one query joining the to-one includes, whatever the page size");
    }

    [Fact]
    public async Task Included_collections_can_be_filtered_by_an_include_filter()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        await App.SeedAsync(customer, CardsSeed.Order("O-1", "placed", customer), CardsSeed.Order("O-2", "draft", customer), CardsSeed.Order("O-3", "placed", customer));

        var response = await Client.GetAsync("/api/customers/1?include=orders&filter[orders]=equals(status,'placed')");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("O-1").And.Contain("O-3").And.NotContain("O-2");
    }

    [Fact]
    public async Task A_sparse_fieldset_reads_only_the_columns_it_needs()
    {
        await App.SeedAsync([.. CardsSeed.Cards(2)]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards?fields[credit_cards]=last_name");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string data = DataStatement();
        SelectList(data).Should().Equal("id", "last_name", "mode", "version"); // the version makes the ETag
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"attributes\":{\"last_name\":\"Smith\"},\"meta\":{\"mode\":\"test\"}");
    }

    [Fact]
    public async Task An_empty_fieldset_returns_only_the_identity_of_each_resource()
    {
        var card = CardsSeed.Cards(1)[0];
        card.Order = CardsSeed.Order("O-1", "placed", CardsSeed.Customer("ann@example.com"), 4400);
        await App.SeedAsync(card);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards/1?include=order&fields[credit_cards]=&fields[orders]=");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
        App.Sql.Statements.Should().ContainSingle().Which.Should().NotContain("\"first_name\"").And.NotContain("\"status\"");
    }

    [Fact]
    public async Task A_computed_attribute_reads_the_columns_it_is_computed_from()
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);
        App.Sql.Reset();

        string body = await Client.GetStringAsync("/api/credit_cards/1?fields[credit_cards]=full_name,valid_thru,display_number");

        SelectList(DataStatement()).Should().Equal("id", "first_name", "last_four", "last_name", "mode", "month", "version", "year");
        body.Should().Contain("\"attributes\":{\"full_name\":\"John Smith\",\"valid_thru\":\"10/2030\",\"display_number\":\"XXXX-XXXX-XXXX-0001\"}");
    }

    [Fact]
    public async Task Included_resources_read_only_their_own_fieldsets_columns()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        var card = CardsSeed.Cards(1)[0];
        card.Order = CardsSeed.Order("O-1", "placed", customer, 4400);
        await App.SeedAsync(customer, card);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards?include=order.customer&fields[credit_cards]=reference,order&fields[orders]=formatted_total_amount,customer&fields[customers]=email");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string sql = DataStatement();
        sql.Should().Contain("\"total_amount_cents\"").And.Contain("\"currency_code\"").And.Contain("\"email\"")
            .And.NotContain("\"first_name\"").And.NotContain("\"status\"").And.NotContain("\"number\"");
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"formatted_total_amount\":\"€44,00\"").And.Contain("\"email\":\"ann@example.com\"");
    }

    [Fact]
    public async Task A_page_with_included_collections_costs_one_statement_per_collection()
    {
        var customers = Enumerable.Range(1, 4).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        var orders = Enumerable.Range(1, 12).Select(index => CardsSeed.Order($"O-{index}", index % 2 == 0 ? "placed" : "draft", customers[index % 4])).ToList();
        var cards = CardsSeed.Cards(12);
        for (int index = 0; index < cards.Count; index++)
        {
            orders[index].PaymentSource = cards[index];
        }

        await App.SeedAsync([.. customers, .. orders, .. cards]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/customers?include=orders.payment_source.order,orders.customer&filter[orders]=equals(status,'placed')&sort=-email&page[size]=3");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(3, "a count, the page of customers, and one statement for the orders with their to-one includes joined");
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("\"number\":\"O-2\"").And.NotContain("\"number\":\"O-1\"");
    }

    [Fact]
    public async Task An_include_filter_applies_to_a_collection_below_other_relationships()
    {
        await App.SeedAsync(CardsSeed.Customer("ann@example.com"));
        await App.SeedAsync(CardsSeed.Customer("bob@example.com"));
        foreach (var (number, status, customerId) in new[] { ("O-1", "placed", 1L), ("O-2", "draft", 1L), ("O-3", "placed", 1L), ("O-4", "placed", 2L) })
        {
            await App.SeedAsync(CardsSeed.Order(number, status, customerId: customerId));
        }

        var card = CardsSeed.Cards(1)[0];
        card.OrderId = 1;
        await App.SeedAsync(card);

        string body = await Client.GetStringAsync("/api/credit_cards/1?include=order.customer.orders&filter[order.customer.orders]=equals(status,'placed')&fields[orders]=number,customer&fields[customers]=orders");

        using var document = System.Text.Json.JsonDocument.Parse(body);
        var included = document.RootElement.GetProperty("included").EnumerateArray().ToList();
        var ann = included.Single(item => item.GetProperty("type").GetString() == "customers");
        ann.GetProperty("relationships").GetProperty("orders").GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetString())
            .Should().Equal("1", "3");
        included.Where(item => item.GetProperty("type").GetString() == "orders").Select(item => item.GetProperty("attributes").GetProperty("number").GetString())
            .Should().Equal("O-1", "O-3");
    }

    [Fact]
    public async Task An_include_filter_on_a_collection_that_is_not_included_is_a_400()
    {
        var response = await Client.GetAsync("/api/customers?include=orders&filter[customer_payment_sources]=equals(name,'x')");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Parameter.Should().Be("filter[customer_payment_sources]");
        error.Detail.Should().Be("'customer_payment_sources' filters an included collection, but include does not name it; add include=customer_payment_sources.");
    }

    [Fact]
    public async Task A_resource_reached_by_two_include_paths_has_the_linkage_of_both()
    {
        await App.SeedAsync(CardsSeed.Customer("ann@example.com"));
        await App.SeedAsync(CardsSeed.Cards(1)[0]);
        var order = CardsSeed.Order("O-1", "placed", customerId: 1);
        order.PaymentSourceId = 1;
        await App.SeedAsync(order);
        await using (var dbContext = App.CreateDbContext())
        {
            (await dbContext.CreditCards.FindAsync(1L))!.OrderId = 1;
            dbContext.CustomerPaymentSources.Add(new() { Name = "Work card", CustomerToken = "cus_1", PaymentSourceToken = "ps_1", CustomerId = 1, PaymentSourceId = 1 });
            await dbContext.SaveChangesAsync();
        }

        // The card comes first through orders.payment_source, which loads no order of it, then through a path that does.
        string body = await Client.GetStringAsync("/api/customers/1?include=orders.payment_source,customer_payment_sources.payment_source.order&fields[credit_cards]=order");

        using var document = System.Text.Json.JsonDocument.Parse(body);
        var card = document.RootElement.GetProperty("included").EnumerateArray().Single(item => item.GetProperty("type").GetString() == "credit_cards");
        card.GetProperty("relationships").GetProperty("order").GetProperty("data").GetRawText().Should().Be("{\"type\":\"orders\",\"id\":\"1\"}");
    }

    /// <summary>The last statement sent: the one that reads the data, after the count.</summary>
    private string DataStatement() => App.Sql.Statements[^1];

    /// <summary>The column names of a statement's outermost SELECT, in order.</summary>
    private static List<string> SelectList(string sql)
    {
        int start = sql.IndexOf("SELECT ", StringComparison.Ordinal) + "SELECT ".Length;
        int end = sql.IndexOf("\nFROM", start, StringComparison.Ordinal);
        return [.. sql[start..end].Split(", ").Select(column => column.Split(" AS ")[0].Split('.')[^1].Trim('"'))];
    }
}
