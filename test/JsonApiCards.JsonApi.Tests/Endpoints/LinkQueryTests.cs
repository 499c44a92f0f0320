using JsonApiCards.JsonApi.Endpoints;

namespace JsonApiCards.JsonApi.Tests.Endpoints;

public sealed class LinkQueryTests
{
    [Theory]
    [InlineData("?page[number]=2&page[size]=25", "page%5Bnumber%5D=2&page%5Bsize%5D=25")]
    [InlineData("?page%5Bnumber%5D=2", "page%5Bnumber%5D=2")]
    [InlineData("?fields[credit_cards]=first_name,order&include=order.customer", "fields%5Bcredit_cards%5D=first_name,order&include=order.customer")]
    [InlineData("?filter=equals(card_type,'visa')", "filter=equals(card_type,'visa')")]
    [InlineData("?filter[q][first_name_cont]=Jo+Ann", "filter%5Bq%5D%5Bfirst_name_cont%5D=Jo%20Ann")]
    [InlineData("?filter=contains(reference,'a%2Bb%26c%3Dd%25')", "filter=contains(reference,'a%2Bb%26c%3Dd%25')")]
    [InlineData("?filter[q][first_name_eq]=Zoë%20😀", "filter%5Bq%5D%5Bfirst_name_eq%5D=Zo%C3%AB%20%F0%9F%98%80")]
    [InlineData("?a=1&&b", "a=1&b")]
    [InlineData("??a=1", "?a=1")]
    [InlineData("", "")]
    public void A_query_keeps_its_meaning_and_is_written_as_RFC_3986_allows(string query, string expected)
    {
        LinkQuery.Encode(query).Should().Be(expected);
    }

    [Fact]
    public void Left_out_parameters_are_matched_by_their_decoded_name()
    {
        string encoded = LinkQuery.Encode("?page%5Bnumber%5D=2&sort=-created_at&page[size]=5", name => name.StartsWith("page[", StringComparison.Ordinal));

        encoded.Should().Be("sort=-created_at");
    }
}
