using System.Net;
using System.Text.RegularExpressions;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Adapters.Ottu;
using JsonApiCards.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// Lists must page in the index, not sort every card of a mode: this replays the statements the service sent for a
/// list request through SQLite's <c>EXPLAIN QUERY PLAN</c> and checks each one searches an index and sorts nothing.
/// </summary>
public sealed partial class QueryPlanTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/api/credit_cards?page[size]=25", "sqlite_autoindex_credit_card_counts_1", "IX_credit_cards_mode")]
    [InlineData("/api/credit_cards?filter[q][card_type_eq]=visa&sort=-created_at&page[size]=25", "sqlite_autoindex_credit_card_counts_1", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/credit_cards?filter[card_type]=visa&sort=-created_at", "sqlite_autoindex_credit_card_counts_1", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/credit_cards?filter[card_type]=visa&filter[q][reference_eq]=REF-001", "IX_credit_cards_mode_card_type_created_at", "IX_credit_cards_mode_reference")]
    public async Task A_credit_card_list_counts_and_pages_through_an_index(string url, string countIndex, string pageIndex)
    {
        await App.SeedAsync([.. CardsSeed.Cards(30)]);

        await AssertCountAndPageSearchAsync(url, countIndex, pageIndex);
    }

    // An unfiltered count of the orders of a mode may read any index led by the mode ((mode), (mode, customer_id), ...):
    // each is covering, and SQLite takes whichever it estimates smallest.
    [Theory]
    [InlineData("/api/orders?page[size]=25", @"IX_orders_mode\w*", "IX_orders_mode_created_at")]
    [InlineData("/api/orders?sort=-created_at", @"IX_orders_mode\w*", "IX_orders_mode_created_at")]
    [InlineData("/api/orders?filter[q][status_eq]=placed", "IX_orders_mode_status_created_at", "IX_orders_mode_status_created_at")]
    [InlineData("/api/orders?filter=equals(payment_status,'unpaid')", "IX_orders_mode_payment_status_created_at", "IX_orders_mode_payment_status_created_at")]
    [InlineData("/api/customers?page[size]=25", "IX_customers_mode", "IX_customers_mode")]
    [InlineData("/api/customers?sort=-created_at", "IX_customers_mode", "IX_customers_mode_created_at")]
    [InlineData("/api/customers?filter=equals(status,'prospect')", "IX_customers_mode_status", "IX_customers_mode_status")]
    public async Task Order_and_customer_lists_count_and_page_through_an_index(string url, string countIndex, string pageIndex)
    {
        var customers = Enumerable.Range(1, 10).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        await App.SeedAsync([.. customers, .. Enumerable.Range(1, 20).Select(index => CardsSeed.Order($"O-{index}", "placed", customers[index % 10]))]);

        await AssertCountAndPageSearchAsync(url, countIndex, pageIndex);
    }

    [Theory]
    [InlineData("/api/credit_cards?filter=has(order.customer.orders,equals(status,'placed'))", "IX_credit_cards_mode_order_id", "IX_orders_mode_customer_id")]
    [InlineData("/api/orders?filter=has(payment_source.order.customer.orders,equals(status,'placed'))", "IX_orders_mode_payment_source_id", "IX_credit_cards_mode_order_id", "IX_orders_mode_customer_id")]
    public async Task A_filter_through_relationships_starts_each_level_from_the_keys_of_the_level_inside(string url, params string[] indexes)
    {
        var customers = Enumerable.Range(1, 10).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        await App.SeedAsync([.. customers, .. Enumerable.Range(1, 20).Select(index => CardsSeed.Order($"O-{index}", "placed", customers[index % 10])), .. CardsSeed.Cards(30)]);
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string count = App.Sql.Statements.Should().ContainSingle(statement => statement.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal)).Subject;
        string plan = await QueryPlanAsync(count);
        foreach (string index in indexes)
        {
            plan.Should().MatchRegex($@"SEARCH \w+ USING (COVERING )?INDEX {index} \(mode=\? AND \w+=\?\)", $"the plan of {count}");
        }

        plan.Should().NotContain("CORRELATED").And.NotContain("SCAN", $"the plan of {count}");
    }

    [Theory]
    [InlineData("/api/credit_cards?page[size]=5", "IX_credit_cards_mode")]
    [InlineData("/api/credit_cards?filter[card_type]=visa&sort=-created_at&page[size]=5", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/orders?sort=-created_at&page[size]=5", "IX_orders_mode_created_at")]
    public async Task A_cursor_page_is_one_statement_that_searches_an_index_from_the_cursor_on(string url, string index)
    {
        var customers = Enumerable.Range(1, 10).Select(number => CardsSeed.Customer($"c{number}@example.com")).ToList();
        await App.SeedAsync([.. customers, .. Enumerable.Range(1, 20).Select(number => CardsSeed.Order($"O-{number}", "placed", customers[number % 10])), .. CardsSeed.Cards(30)]);
        App.Sql.Reset();

        var first = await QueryStrings.CursorPagination.CursorPages.ReadAsync(await QueryStrings.CursorPagination.CursorPages.GetFirstAsync(Client, url));
        string firstStatement = App.Sql.Statements.Should().ContainSingle("a cursor page counts nothing").Subject;
        App.Sql.Reset();
        var second = await QueryStrings.CursorPagination.CursorPages.ReadAsync(await Client.GetAsync(first.Next));
        string nextStatement = App.Sql.Statements.Should().ContainSingle().Subject;
        App.Sql.Reset();
        await QueryStrings.CursorPagination.CursorPages.ReadAsync(await Client.GetAsync(second.Prev));
        string prevStatement = App.Sql.Statements.Should().ContainSingle().Subject;

        foreach (string statement in new[] { firstStatement, nextStatement, prevStatement })
        {
            statement.Should().NotContain("OFFSET");
            await AssertSearchesAsync(statement, index);
        }
    }

    [Fact]
    public async Task The_ottu_card_list_finds_the_customer_by_its_reference_then_searches_its_wallet_entries()
    {
        string customerId = await Client.CreateCustomerWithReferenceAsync("cus-1", "ann@example.com");
        await Client.SaveCardAsync(customerId);
        using HttpClient ottu = App.CreateOttuClient(await App.CreateApiKeyAsync(CardsMode.Test));
        App.Sql.Reset();

        using HttpResponseMessage response = await ottu.PostCardsJsonAsync("""{ "type": "sandbox", "customer_id": "cus-1" }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string list = App.Sql.Statements.Should().ContainSingle(statement => statement.Contains("\"customer_payment_sources\"", StringComparison.Ordinal)).Subject;
        string plan = await QueryPlanAsync(list);
        plan.Should().MatchRegex(@"SEARCH \w+ USING COVERING INDEX IX_customers_mode_reference \(mode=\? AND reference=\?\)", $"the plan of {list}")
            .And.MatchRegex(@"SEARCH \w+ USING (COVERING )?INDEX IX_customer_payment_sources_mode_customer_id \(mode=\? AND customer_id=\?\)", $"the plan of {list}")
            .And.NotContain("CORRELATED", "a subquery run once per wallet entry of the mode tests every entry");
    }

    [Fact]
    public async Task The_redaction_pass_reaches_the_expired_cached_cards_through_an_index()
    {
        await App.SeedAsync([.. CardsSeed.Cards(30)]);
        App.Clock.Advance(CardLifecycle.CachedCardLifetime + TimeSpan.FromHours(1));
        App.Sql.Reset();

        (await App.RunRedactionPassAsync()).Should().Be(30);

        string statement = App.Sql.Statements.Should().ContainSingle().Subject;
        await AssertSearchesAsync(statement, "IX_credit_cards_storage_state_created_at");
        (await QueryPlanAsync(statement)).Should().Contain("USING COVERING INDEX IX_customer_payment_sources_payment_source_id", "whether a wallet holds a card is looked up, not scanned");
    }

    private async Task AssertCountAndPageSearchAsync(string url, string countIndex, string pageIndex)
    {
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "a page costs a count (the kept one for a card list without a filter or with one card type) and the data");
        await AssertSearchesAsync(App.Sql.Statements[0], countIndex);
        await AssertSearchesAsync(App.Sql.Statements[1], pageIndex);
    }

    private async Task AssertSearchesAsync(string statement, string index)
    {
        string plan = await QueryPlanAsync(statement);
        plan.Should().MatchRegex($@"SEARCH \w+ USING (COVERING )?INDEX {index} \(", $"the plan of {statement}")
            .And.NotContain("TEMP B-TREE", $"the plan of {statement}");
    }

    private async Task<string> QueryPlanAsync(string statement)
    {
        await using var connection = new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;

        // The plan is made before values are bound, so any value serves; SQLite only insists that each has one.
        foreach (string name in ParameterName().Matches(statement).Select(match => match.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return string.Join("\n", steps) + "\n";
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();
}
