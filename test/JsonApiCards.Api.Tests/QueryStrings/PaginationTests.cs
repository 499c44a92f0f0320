using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

public sealed class PaginationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_middle_page_links_to_every_neighbour_and_keeps_the_other_parameters()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        var response = await Client.GetAsync("/api/credit_cards?sort=-created_at&page[number]=2&page[size]=5&fields[credit_cards]=reference");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_first_page_has_no_prev_link_and_the_last_no_next_link()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        string first = await Client.GetStringAsync("/api/credit_cards?page[size]=5");
        string last = await Client.GetStringAsync("/api/credit_cards?page[size]=5&page[number]=3");

        first.Should().NotContain("\"prev\"").And.Contain("\"next\":\"http://localhost/api/credit_cards?page%5Bnumber%5D=2&page%5Bsize%5D=5\"");
        last.Should().NotContain("\"next\"").And.Contain("\"prev\":\"http://localhost/api/credit_cards?page%5Bnumber%5D=2&page%5Bsize%5D=5\"");
        last.Should().Contain("\"record_count\":12,\"page_count\":3");
    }

    [Fact]
    public async Task Links_percent_encode_what_a_URI_query_may_not_hold_and_lead_where_they_say()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        string first = await Client.GetStringAsync("/api/credit_cards?filter[q][reference_start]=REF%2D0&filter=not(equals(first_name,'Zo%C3%AB X'))&page[size]=5");
        string next = JsonDocument.Parse(first).RootElement.GetProperty("links").GetProperty("next").GetString()!;
        string fromNext = await Client.GetStringAsync(next);
        string second = await Client.GetStringAsync("/api/credit_cards?filter[q][reference_start]=REF-0&filter=not(equals(first_name,'Zoë X'))&page[number]=2&page[size]=5");

        next.Should().Be("http://localhost/api/credit_cards?filter%5Bq%5D%5Breference_start%5D=REF-0&filter=not(equals(first_name,'Zo%C3%AB%20X'))&page%5Bnumber%5D=2&page%5Bsize%5D=5");
        fromNext.Should().Be(second, "a link names the same page, in the same words, as the query it was made from");
        fromNext.Should().Contain("REF-006");
    }

    [Fact]
    public async Task The_default_page_holds_ten()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        string body = await Client.GetStringAsync("/api/credit_cards");

        body.Should().Contain("REF-010").And.NotContain("REF-011");
    }

    [Theory]
    [InlineData("page[size]=0", "page[size]", "'0' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[size]=26", "page[size]", "'26' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[size]=-1", "page[size]", "'-1' is not valid here; expected a page size from 1 to 25.")]
    [InlineData("page[number]=0", "page[number]", "'0' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]=abc", "page[number]", "'abc' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[number]=99999999999999999999", "page[number]", "'99999999999999999999' is not valid here; expected a page number from 1 to 2147483647.")]
    [InlineData("page[offset]=3", "page[offset]", "Pagination is written page[number]=... and page[size]=....")]
    [InlineData("sort=number", "sort", "Failed at position 1: ^number — Attribute 'number' of 'credit_cards' cannot be used for sorting.")]
    [InlineData("fields[credit_cards]=number", "fields[credit_cards]", "Failed at position 1: ^number — Attribute 'number' of 'credit_cards' cannot be used in sparse fieldsets.")]
    [InlineData("fields[bank_accounts]=name", "fields[bank_accounts]", "Resource type 'bank_accounts' does not exist or cannot appear in a response for 'credit_cards'.")]
    [InlineData("include=customer", "include", "Failed at position 1: ^customer — Relationship 'customer' does not exist on resource type 'credit_cards'.")]
    [InlineData("include=order.customer.orders.customer", "include", "Failed at position 23: order.customer.orders.^customer — Including 'customer' exceeds the maximum inclusion depth of 3.")]
    [InlineData("filter=equals(number,'4111111111111111')", "filter", "Failed at position 8: equals(^number,'4111111111111111') — Attribute 'number' of 'credit_cards' cannot be used in filters.")]
    [InlineData("filter=equals(full_name,'John Smith')", "filter", "Failed at position 8: equals(^full_name,'John Smith') — Attribute 'full_name' of 'credit_cards' cannot be used in filters.")]
    [InlineData("filter[q][verification_value_eq]=123", "filter[q][verification_value_eq]", "Attribute 'verification_value' of 'credit_cards' cannot be used in filters.")]
    [InlineData("filter[q][card_type_sorta]=visa", "filter[q][card_type_sorta]", "'card_type_sorta' does not end in a known predicate; expected one of _blank, _cont, _end, _eq, _eq_or_null, _false, _gt, _gteq, _in, _lt, _lteq, _not_cont, _not_end, _not_eq, _not_in, _not_null, _not_start, _null, _present, _start, _true.")]
    [InlineData("filter[colour]=red", "filter[colour]", "'colour' is neither a filter of 'credit_cards' (declared: id, ids, card_type, reference, created_at_from, created_at_to, updated_at_from, updated_at_to) nor a relationship path; use filter[q][...] for Ransack conditions or filter=... for expressions.")]
    [InlineData("foo=bar", "foo", "'foo' is not a JSON:API query parameter; names of only the letters a-z are reserved for JSON:API (filter, sort, page, fields, include).")]
    [InlineData("filter=equals(first_name%F0%9F%98%80,'x')", "filter", "Failed at position 18: equals(first_name^\U0001F600,'x') — Unexpected character '\U0001F600'.")]
    [InlineData("fooBar=1", "fooBar", "Query parameter 'fooBar' is not supported; expected filter, sort, page[number], page[size], fields[type] or include.")]
    public async Task A_bad_query_parameter_is_a_400_naming_it_and_saying_what_was_expected(string query, string parameter, string detail)
    {
        var response = await Client.GetAsync("/api/credit_cards?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("INVALID_QUERY_PARAMETER");
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().Be(detail);
    }

    [Fact]
    public async Task A_filter_parse_error_says_where_it_failed()
    {
        var response = await Client.GetAsync("/api/credit_cards?filter=equals(card_type,visa)");

        await Snapshot.MatchAsync(response);
    }
}
