using System.Net;
using JsonApiCards.Api.Tests.QueryStrings.CursorPagination;
using JsonApiCards.Api.Tests.Support;
using Npgsql;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// PostgreSQL's half of <see cref="QueryPlanTests"/>: the statements the service sent for a list are replayed, with their
/// parameters, through <c>EXPLAIN</c> (after <c>ANALYZE</c>) with sequential scans and full sorts priced out of reach, as
/// they are for a table of a million rows. A plan that still
/// scans a table has no index to use: one is missing, or the statement cannot use it (a collation other than the index's,
/// a function around the column). A list sorted by a column pages through the index that holds that order: at most the
/// rows that tie on it are sorted (an incremental sort for the <c>id</c> that breaks ties, which SQLite's indexes hold and
/// PostgreSQL's do not), never the whole list. Lists in <c>id</c> order with a filter are left to the planner, which
/// with rows this few may as well walk the primary key. A page by cursor, first, after or before a cursor, is one statement
/// that seeks the cursor's position in the same index: no OFFSET, no count.
/// </summary>
public sealed class PostgresQueryPlanTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [PostgresOnlyTheory("SQLite's plans are QueryPlanTests'")]
    [InlineData("/api/credit_cards?page[size]=25", "PK_credit_cards")]
    [InlineData("/api/credit_cards?filter[q][card_type_eq]=visa&sort=-created_at&page[size]=25", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/credit_cards?filter[card_type]=visa&sort=-created_at", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/credit_cards?filter[q][reference_eq]=REF-001", null)]
    [InlineData("/api/credit_cards?filter=startsWith(reference,'REF-00')", null)]
    public async Task A_credit_card_list_pages_through_an_index(string url, string? pageIndex)
    {
        await App.SeedAsync([.. CardsSeed.Cards(30)]);

        await AssertPagesThroughAsync(url, pageIndex);
    }

    [PostgresOnlyTheory("SQLite's plans are QueryPlanTests'")]
    [InlineData("/api/orders?sort=-created_at", "IX_orders_mode_created_at")]
    [InlineData("/api/orders?filter[q][status_eq]=placed", "IX_orders_mode_status_created_at")]
    [InlineData("/api/orders?filter=equals(payment_status,'unpaid')", "IX_orders_mode_payment_status_created_at")]
    [InlineData("/api/customers?sort=-created_at", "IX_customers_mode_created_at")]
    [InlineData("/api/customers?filter=equals(status,'prospect')", null)]
    [InlineData("/api/customers?filter=equals(email,'c1@example.com')", null)]
    public async Task Order_and_customer_lists_page_through_an_index(string url, string? pageIndex)
    {
        var customers = Enumerable.Range(1, 10).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        await App.SeedAsync([.. customers, .. Enumerable.Range(1, 20).Select(index => CardsSeed.Order($"O-{index}", "placed", customers[index % 10]))]);

        await AssertPagesThroughAsync(url, pageIndex);
    }

    [PostgresOnlyTheory("SQLite's plans are QueryPlanTests'")]
    [InlineData("/api/credit_cards?page[size]=5", "PK_credit_cards")]
    [InlineData("/api/credit_cards?filter[card_type]=visa&sort=-created_at&page[size]=5", "IX_credit_cards_mode_card_type_created_at")]
    [InlineData("/api/credit_cards?filter[q][card_type_eq]=visa&sort=-created_at&page[size]=5", "IX_credit_cards_mode_card_type_created_at")]
    public async Task A_cursor_page_first_after_and_before_is_one_statement_that_seeks_an_index_from_the_cursor_on(string url, string pageIndex)
    {
        await App.SeedAsync([.. CardsSeed.Cards(40)]);

        CursorPages.Page first = await ReadCursorPageAsync(() => CursorPages.GetFirstAsync(Client, url), pageIndex, "the first page", seeksCursor: false);
        CursorPages.Page second = await ReadCursorPageAsync(() => Client.GetAsync(first.Next), pageIndex, "page[after]", seeksCursor: true);
        await ReadCursorPageAsync(() => Client.GetAsync(second.Prev), pageIndex, "page[before]", seeksCursor: true);
    }

    private async Task<CursorPages.Page> ReadCursorPageAsync(Func<Task<HttpResponseMessage>> send, string pageIndex, string which, bool seeksCursor)
    {
        App.Sql.Reset();

        CursorPages.Page page = await CursorPages.ReadAsync(await send());

        page.Ids.Should().HaveCount(5, which);
        RecordedCommand read = App.Sql.Commands.Should().ContainSingle($"{which} of a cursor page counts nothing").Subject;
        read.Text.Should().NotContain("OFFSET", $"{which} seeks the cursor's position, it skips no rows");
        string plan = await PlanAsync(read);
        plan.Should()
            .NotContain("Seq Scan", $"the plan of {which}, {read.Text}")
            .And.MatchRegex($@"Index (Only )?Scan (Backward )?using ""{pageIndex}"" ", $"the plan of {which}, {read.Text}")
            .And.NotMatchRegex(@"(?m)^\s*(->\s*)?Sort\s+\(cost", $"the plan of {which} sorts at most the rows that tie, {read.Text}");
        if (seeksCursor)
        {
            // The cursor's sort key bounds the index range: the scan starts at the cursor, not at the first row.
            plan.Should().MatchRegex(@"Index Cond: .*\((id|created_at) [<>]=? ", $"the plan of {which}, {read.Text}");
        }

        return page;
    }

    private async Task AssertPagesThroughAsync(string url, string? pageIndex)
    {
        App.Sql.Reset();

        HttpResponseMessage response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        RecordedCommand[] reads = [.. App.Sql.Commands.Where(command => command.Text.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))];
        reads.Should().HaveCount(2, "a page costs a count and the data");
        foreach (RecordedCommand read in reads)
        {
            (await PlanAsync(read)).Should().NotContain("Seq Scan", $"the plan of {read.Text}");
        }

        if (pageIndex is not null)
        {
            (await PlanAsync(reads[^1])).Should()
                .MatchRegex($@"Index (Only )?Scan (Backward )?using ""{pageIndex}"" ", $"the page's plan, of {reads[^1].Text}")
                .And.NotMatchRegex(@"(?m)^\s*(->\s*)?Sort\s+\(cost", $"the page's plan, of {reads[^1].Text}");
        }
    }

    private async Task<string> PlanAsync(RecordedCommand command)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using (var settings = new NpgsqlCommand("ANALYZE; SET enable_seqscan = off; SET enable_sort = off", connection))
        {
            await settings.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + command.Text, connection);
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines) + "\n";
    }
}
