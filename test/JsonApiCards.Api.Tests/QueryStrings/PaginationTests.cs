using System.Net;
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

        first.Should().NotContain("\"prev\"").And.Contain("\"next\":\"http://localhost/api/credit_cards?page[number]=2&page[size]=5\"");
        last.Should().NotContain("\"next\"").And.Contain("\"prev\":\"http://localhost/api/credit_cards?page[number]=2&page[size]=5\"");
        last.Should().Contain("\"record_count\":12,\"page_count\":3");
    }

    [Fact]
    public async Task The_default_page_holds_ten()
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        string body = await Client.GetStringAsync("/api/credit_cards");

        body.Should().Contain("REF-010").And.NotContain("REF-011");
    }

    [Theory]
    [InlineData("page[size]=0", "page[size]")]
    [InlineData("page[size]=26", "page[size]")]
    [InlineData("page[size]=-1", "page[size]")]
    [InlineData("page[number]=0", "page[number]")]
    [InlineData("page[number]=abc", "page[number]")]
    [InlineData("page[offset]=3", "page[offset]")]
    [InlineData("sort=number", "sort")]
    [InlineData("fields[credit_cards]=number", "fields[credit_cards]")]
    [InlineData("fields[bank_accounts]=name", "fields[bank_accounts]")]
    [InlineData("include=customer", "include")]
    [InlineData("include=order.customer.orders.customer", "include")]
    [InlineData("filter=equals(number,'4111111111111111')", "filter")]
    [InlineData("filter=equals(full_name,'John Smith')", "filter")]
    [InlineData("filter[q][verification_value_eq]=123", "filter[q][verification_value_eq]")]
    [InlineData("filter[q][card_type_sorta]=visa", "filter[q][card_type_sorta]")]
    [InlineData("filter[colour]=red", "filter[colour]")]
    [InlineData("foo=bar", "foo")]
    public async Task A_bad_query_parameter_is_a_400_naming_it(string query, string parameter)
    {
        var response = await Client.GetAsync("/api/credit_cards?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_filter_parse_error_says_where_it_failed()
    {
        var response = await Client.GetAsync("/api/credit_cards?filter=equals(card_type,visa)");

        await Snapshot.MatchAsync(response);
    }
}
