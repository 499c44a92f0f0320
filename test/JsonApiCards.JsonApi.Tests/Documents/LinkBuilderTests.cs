using JsonApiCards.JsonApi.Documents;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.AspNetCore.Http;

namespace JsonApiCards.JsonApi.Tests.Documents;

public sealed class LinkBuilderTests
{
    [Theory]
    [InlineData("?page[number]=2&page[size]=25", "?page%5Bnumber%5D=2&page%5Bsize%5D=25")]
    [InlineData("?page%5Bnumber%5D=2", "?page%5Bnumber%5D=2")]
    [InlineData("?fields[credit_cards]=first_name,order&include=order.customer", "?fields%5Bcredit_cards%5D=first_name,order&include=order.customer")]
    [InlineData("?filter=equals(card_type,'visa')", "?filter=equals(card_type,'visa')")]
    [InlineData("?filter[q][first_name_cont]=Jo+Ann", "?filter%5Bq%5D%5Bfirst_name_cont%5D=Jo%20Ann")]
    [InlineData("?filter=contains(reference,'a%2Bb%26c%3Dd%25')", "?filter=contains(reference,'a%2Bb%26c%3Dd%25')")]
    [InlineData("?filter[q][first_name_eq]=Zoë%20😀", "?filter%5Bq%5D%5Bfirst_name_eq%5D=Zo%C3%AB%20%F0%9F%98%80")]
    [InlineData("?a=1&&b", "?a=1&b")]
    [InlineData("??a=1", "??a=1")]
    [InlineData("?&", "")]
    [InlineData("", "")]
    public void The_self_link_keeps_the_querys_meaning_written_as_RFC_3986_allows(string query, string expectedQuery)
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", query);

        links.Self.Should().Be("https://cards.example/api/cards" + expectedQuery);
    }

    [Fact]
    public void Paging_links_replace_the_page_parameters_matched_by_their_decoded_name_and_keep_the_others()
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", "?page%5Bnumber%5D=2&sort=-created_at&page[size]=5");

        PageLinks page = links.Page(pageNumber: 2, pageSize: 5, recordCount: 11);

        page.Should().Be(new PageLinks(
            RecordCount: 11,
            PageCount: 3,
            First: "https://cards.example/api/cards?sort=-created_at&page%5Bnumber%5D=1&page%5Bsize%5D=5",
            Prev: "https://cards.example/api/cards?sort=-created_at&page%5Bnumber%5D=1&page%5Bsize%5D=5",
            Next: "https://cards.example/api/cards?sort=-created_at&page%5Bnumber%5D=3&page%5Bsize%5D=5",
            Last: "https://cards.example/api/cards?sort=-created_at&page%5Bnumber%5D=3&page%5Bsize%5D=5"));
    }

    [Fact]
    public void A_resource_url_starts_at_the_base_url()
    {
        var links = new LinkBuilder("https://cards.example/tenant", "/api", "/api/cards");

        links.BaseUrl.Should().Be("https://cards.example/tenant/api");
        links.ResourceUrl(TestGraph.Cards, 42).Should().Be("https://cards.example/tenant/api/cards/42");
    }

    [Fact]
    public void The_links_of_a_request_start_at_the_address_it_reached_with_its_path_base()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("cards.example:8443");
        context.Request.PathBase = "/tenant";
        context.Request.Path = "/api/cards/7";
        context.Request.QueryString = new QueryString("?include=owner");

        var links = LinkBuilder.For(context.Request, "/api");

        links.BaseUrl.Should().Be("https://cards.example:8443/tenant/api");
        links.Self.Should().Be("https://cards.example:8443/tenant/api/cards/7?include=owner");
    }

    [Fact]
    public void A_public_base_url_replaces_the_scheme_host_and_path_base_the_request_names()
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("evil.example");
        context.Request.PathBase = "/evil";
        context.Request.Path = "/api/cards";
        context.Request.QueryString = new QueryString("?page[size]=1");

        var links = LinkBuilder.For(context.Request, "/api", publicBaseUrl: "https://cards.example.com/vault");

        links.BaseUrl.Should().Be("https://cards.example.com/vault/api");
        links.Self.Should().Be("https://cards.example.com/vault/api/cards?page%5Bsize%5D=1");
        links.ResourceUrl(TestGraph.Cards, 7).Should().Be("https://cards.example.com/vault/api/cards/7");
        links.Page(pageNumber: 1, pageSize: 1, recordCount: 2).Last.Should().Be("https://cards.example.com/vault/api/cards?page%5Bnumber%5D=2&page%5Bsize%5D=1");
    }
}
