using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings.CursorPagination;

public sealed class CursorPaginationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("first_name")]
    [InlineData("-first_name")]
    [InlineData("card_type,-created_at")]
    [InlineData("-card_type,first_name")]
    [InlineData("reference")]
    [InlineData("-reference")]
    [InlineData("-id")]
    [InlineData(null)]
    public async Task Walking_forward_and_back_by_cursor_gives_every_card_once_in_the_sort_order(string? sort)
    {
        // Five first names and four card types over 23 cards: many ties; every third card has no reference.
        var cards = CardsSeed.Cards(23);
        for (int index = 0; index < cards.Count; index += 3)
        {
            cards[index].Reference = null;
        }

        await App.SeedAsync([.. cards]);
        string url = sort is null ? "/api/credit_cards?page[size]=4" : $"/api/credit_cards?sort={sort}&page[size]=4";

        var (forward, backward, pages) = await CursorPages.WalkAsync(Client, url);

        List<long> expected = await CursorPages.AllByNumberAsync(Client, sort is null ? "/api/credit_cards" : $"/api/credit_cards?sort={sort}");
        expected.Should().HaveCount(23);
        forward.Should().Equal(expected);
        backward.Should().Equal(expected);
        pages.Should().Be(6);
    }

    [Fact]
    public async Task A_cursor_page_combines_with_filter_include_and_fields_and_keeps_them_in_its_links()
    {
        Customer customer = CardsSeed.Customer("ann@example.com");
        var order = CardsSeed.Order("R100", "placed", customer);
        var cards = CardsSeed.Cards(12);
        cards.ForEach(card => card.Order = order);
        await App.SeedAsync([customer, order, .. cards]);
        const string url = "/api/credit_cards?filter[q][card_type_in]=visa,master&sort=-first_name&include=order&fields[credit_cards]=last_name,order&page[size]=2";

        var (forward, backward, _) = await CursorPages.WalkAsync(Client, url);
        CursorPages.Page first = await CursorPages.ReadAsync(await CursorPages.GetFirstAsync(Client, url));

        List<long> expected = await CursorPages.AllByNumberAsync(Client, "/api/credit_cards?filter[q][card_type_in]=visa,master&sort=-first_name");
        expected.Should().HaveCount(6);
        forward.Should().Equal(expected);
        backward.Should().Equal(expected);
        first.Next.Should().StartWith("http://localhost/api/credit_cards?filter%5Bq%5D%5Bcard_type_in%5D=visa,master&sort=-first_name&include=order&fields%5Bcredit_cards%5D=last_name,order&page%5Bsize%5D=2&page%5Bafter%5D=");
        first.First.Should().Be("http://localhost/api/credit_cards?filter%5Bq%5D%5Bcard_type_in%5D=visa,master&sort=-first_name&include=order&fields%5Bcredit_cards%5D=last_name,order&page%5Bsize%5D=2");
        var resource = first.Document.GetProperty("data")[0];
        resource.GetProperty("attributes").EnumerateObject().Select(member => member.Name).Should().Equal("last_name");
        first.Document.GetProperty("included").GetArrayLength().Should().Be(1);
        first.Document.TryGetProperty("meta", out _).Should().BeFalse("a cursor page counts nothing");
    }

    [Fact]
    public async Task A_related_collection_pages_by_cursor()
    {
        Customer customer = CardsSeed.Customer("ann@example.com");
        Customer other = CardsSeed.Customer("bob@example.com");
        var orders = Enumerable.Range(1, 7).Select(index => CardsSeed.Order($"R{index}", "placed", customer, totalCents: 1000 * (index % 3))).ToList();
        await App.SeedAsync([customer, other, .. orders, CardsSeed.Order("X", "placed", other)]);

        var (forward, backward, pages) = await CursorPages.WalkAsync(Client, $"/api/customers/{customer.Id}/orders?sort=-total_amount_cents&page[size]=3");

        List<long> expected = await CursorPages.AllByNumberAsync(Client, $"/api/customers/{customer.Id}/orders?sort=-total_amount_cents");
        expected.Should().HaveCount(7);
        forward.Should().Equal(expected);
        backward.Should().Equal(expected);
        pages.Should().Be(3);
    }

    [Fact]
    public async Task A_related_collection_by_cursor_is_an_empty_page_for_an_owner_with_none_and_a_404_for_an_owner_that_does_not_exist()
    {
        Customer customer = CardsSeed.Customer("ann@example.com");
        await App.SeedAsync([customer]);

        CursorPages.Page empty = await CursorPages.ReadAsync(await CursorPages.GetFirstAsync(Client, $"/api/customers/{customer.Id}/orders"));
        var missing = await CursorPages.GetFirstAsync(Client, $"/api/customers/{customer.Id + 1}/orders");

        empty.Ids.Should().BeEmpty();
        empty.Next.Should().BeNull("an empty page has nothing after it");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(missing)).Code.Should().Be("RESOURCE_NOT_FOUND");
    }

    [Fact]
    public async Task Rows_inserted_between_pages_neither_skip_nor_repeat_the_rows_that_were_there()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);
        List<long> existing = await CursorPages.AllByNumberAsync(Client, "/api/credit_cards?sort=first_name");

        List<long> seen = [];
        CursorPages.Page page = await CursorPages.ReadAsync(await CursorPages.GetFirstAsync(Client, "/api/credit_cards?sort=first_name&page[size]=4"));
        seen.AddRange(page.Ids);
        int round = 0;
        while (page.Next is not null)
        {
            // Cards that sort before, among and after the ones seen, each time.
            var inserted = CardsSeed.Cards(3);
            inserted[0].FirstName = "Aaron";
            inserted[1].FirstName = "Joan";
            inserted[2].FirstName = "Zed";
            inserted.ForEach(card => card.Reference = $"NEW-{round}-{card.FirstName}");
            await App.SeedAsync([.. inserted]);
            round++;

            page = await CursorPages.ReadAsync(await Client.GetAsync(page.Next));
            seen.AddRange(page.Ids);
        }

        seen.Should().OnlyHaveUniqueItems();
        seen.Where(existing.Contains).Should().Equal(existing);
    }

    [Fact]
    public async Task The_profile_is_applied_only_when_asked_for_and_page_numbers_stay_the_default()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);

        var byNumber = await Client.GetAsync("/api/credit_cards?page[size]=2");
        var byCursor = await Client.GetAsync("/api/credit_cards?page[size]=2&page[after]=" + await FirstCursorAsync("/api/credit_cards?page[size]=2"));

        byNumber.Content.Headers.ContentType!.ToString().Should().Be("application/vnd.api+json");
        (await byNumber.Content.ReadAsStringAsync()).Should().Contain("\"record_count\":3");
        CursorPages.Page page = await CursorPages.ReadAsync(byCursor);
        page.Ids.Should().HaveCount(1);
        page.Next.Should().BeNull();
        page.Prev.Should().NotBeNull();
    }

    [Fact]
    public async Task An_edited_or_forged_cursor_is_a_400_naming_the_parameter()
    {
        await App.SeedAsync([.. CardsSeed.Cards(5)]);
        string cursor = await FirstCursorAsync("/api/credit_cards?page[size]=2");
        char flipped = cursor[10] == 'A' ? 'B' : 'A';
        string edited = cursor[..10] + flipped + cursor[11..];

        foreach (string sent in new[] { edited, "abc", "W1siaWQiLDJdXQ" })
        {
            var response = await Client.GetAsync($"/api/credit_cards?page[size]=2&page[before]={sent}");

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var error = await ErrorDocument.SingleAsync(response);
            error.Code.Should().Be("INVALID_CURSOR");
            error.Parameter.Should().Be("page[before]");
        }
    }

    [Fact]
    public async Task A_cursor_of_another_sort_route_or_caller_is_refused()
    {
        await App.SeedAsync([.. CardsSeed.Cards(5)]);
        string cursor = await FirstCursorAsync("/api/credit_cards?sort=first_name&page[size]=2");
        using HttpClient live = App.CreateJsonApiClient(CardsMode.Live);

        var otherSort = await Client.GetAsync($"/api/credit_cards?sort=-first_name&page[after]={cursor}");
        var otherRoute = await Client.GetAsync($"/api/orders?sort=first_name&page[after]={cursor}");
        var otherCaller = await live.GetAsync($"/api/credit_cards?sort=first_name&page[after]={cursor}");
        var same = await Client.GetAsync($"/api/credit_cards?sort=first_name&page[after]={cursor}");

        (await ErrorDocument.SingleAsync(otherSort)).Code.Should().Be("INVALID_CURSOR");
        otherRoute.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(otherCaller)).Code.Should().Be("INVALID_CURSOR");
        same.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_profiles_errors_carry_its_type_links()
    {
        await App.SeedAsync([.. CardsSeed.Cards(3)]);
        string cursor = await FirstCursorAsync("/api/credit_cards?page[size]=1");

        var range = await Client.GetAsync($"/api/credit_cards?page[after]={cursor}&page[before]={cursor}");
        var tooLarge = await CursorPages.GetFirstAsync(Client, "/api/credit_cards?page[size]=26");
        var unsupported = await CursorPages.GetFirstAsync(Client, "/api/credit_cards?sort=order.number");
        var mixed = await Client.GetAsync($"/api/credit_cards?page[number]=2&page[after]={cursor}");

        await ExpectProfileErrorAsync(range, CursorPages.Profile + "range-pagination-not-supported", new("400", "CURSOR_RANGE_NOT_SUPPORTED",
            "Range pagination is not supported.", "Send page[after] or page[before], not both.", null, "page[before]", null));
        string tooLargeBody = await ExpectProfileErrorAsync(tooLarge, CursorPages.Profile + "max-size-exceeded", new("400", "PAGE_SIZE_TOO_LARGE",
            "Page size requested is too large.", "page[size] may be at most 25; this request asks for 26.", null, "page[size]", null));
        tooLargeBody.Should().Contain("\"meta\":{\"page\":{\"maxSize\":25}}");
        await ExpectProfileErrorAsync(unsupported, CursorPages.Profile + "unsupported-sort", new("400", "CURSOR_SORT_NOT_SUPPORTED", "This sort cannot be paged by cursor.",
            "Cursor pagination sorts by attributes of the resource itself of text, number, boolean or timestamp type; 'order.number' is not such a sort. Use page[number] for it.", null, "sort", null));
        var mixedError = await ErrorDocument.SingleAsync(mixed);
        mixedError.Code.Should().Be("INVALID_QUERY_PARAMETER");
        mixedError.Parameter.Should().Be("page[number]");
    }

    private static async Task<string> ExpectProfileErrorAsync(HttpResponseMessage response, string type, ErrorDocument.ErrorItem expected)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        string body = await response.Content.ReadAsStringAsync();
        (await ErrorDocument.SingleAsync(response)).Should().Be(expected);
        body.Should().Contain($"\"links\":{{\"type\":[\"{type}\"]}}");
        return body;
    }

    private async Task<string> FirstCursorAsync(string url)
    {
        CursorPages.Page page = await CursorPages.ReadAsync(await CursorPages.GetFirstAsync(Client, url));
        return page.Next![(page.Next!.IndexOf("page%5Bafter%5D=", StringComparison.Ordinal) + "page%5Bafter%5D=".Length)..];
    }
}
