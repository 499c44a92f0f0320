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
    [InlineData("a=1&b=2", "?a=1&b=2")]
    [InlineData("?=x&y", "?=x&y")]
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
    public void The_self_link_is_built_once()
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", "?sort=id");

        links.Self.Should().BeSameAs(links.Self);
    }

    [Theory]
    [InlineData(1, 11, long.MaxValue, 3, null, 2, 3)]
    [InlineData(3, 11, long.MaxValue, 3, 2, null, 3)]
    [InlineData(7, 11, long.MaxValue, 3, 3, null, 3)]
    [InlineData(2, 10, long.MaxValue, 2, 1, null, 2)]
    [InlineData(1, 0, long.MaxValue, 0, null, null, 1)]
    // Paging reaches 20 records deep: 4 pages of 5, whatever the count.
    [InlineData(2, 100, 20, 20, 1, 3, 4)]
    [InlineData(4, 100, 20, 20, 3, null, 4)]
    [InlineData(9, 100, 20, 20, 4, null, 4)]
    [InlineData(1, 100, 3, 20, null, null, 1)]
    public void Paging_links_by_five_point_to_the_pages_there_are_and_no_deeper_than_paging_reaches(
        int pageNumber, long recordCount, long maxPageOffset, long pageCount, int? prev, int? next, int last)
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", maxPageOffset: maxPageOffset);

        links.Page(pageNumber, pageSize: 5, recordCount).Should().Be(new PageLinks(
            recordCount, pageCount, Numbered(1), prev is null ? null : Numbered(prev.Value), next is null ? null : Numbered(next.Value), Numbered(last)));
    }

    [Fact]
    public void Cursor_links_keep_the_other_parameters_page_size_included_and_replace_the_cursors()
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", "?page[size]=2&page[after]=old&sort=-id&page[before]=old&page[number]=3");

        links.CursorPage(before: "b1", after: "a1").Should().Be(new CursorPageLinks(
            "https://cards.example/api/cards?page%5Bsize%5D=2&sort=-id",
            "https://cards.example/api/cards?page%5Bsize%5D=2&sort=-id&page%5Bbefore%5D=b1",
            "https://cards.example/api/cards?page%5Bsize%5D=2&sort=-id&page%5Bafter%5D=a1"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("?page[after]=old")]
    public void Cursor_links_of_a_request_with_no_other_parameter_start_the_query_at_the_cursor(string? query)
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards", query);

        links.CursorPage(before: "b1", after: null).Should().Be(new CursorPageLinks(
            "https://cards.example/api/cards",
            "https://cards.example/api/cards?page%5Bbefore%5D=b1",
            null));
        links.CursorPage(before: null, after: "a1").Next.Should().Be("https://cards.example/api/cards?page%5Bafter%5D=a1");
    }

    [Fact]
    public void Missing_arguments_are_refused_by_name()
    {
        var links = new LinkBuilder("https://cards.example", "/api", "/api/cards");
        var request = new DefaultHttpContext().Request;

        FluentActions.Invoking(() => LinkBuilder.For(null!, "/api")).Should().Throw<ArgumentNullException>().WithParameterName("request");
        FluentActions.Invoking(() => LinkBuilder.For(request, null!)).Should().Throw<ArgumentNullException>().WithParameterName("basePath");
        FluentActions.Invoking(() => new LinkBuilder(null!, "/api", "/api/cards")).Should().Throw<ArgumentNullException>().WithParameterName("origin");
        FluentActions.Invoking(() => links.ResourceUrl(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("resourceType");
        FluentActions.Invoking(() => PublicOrigin.Of(null!, "https://cards.example")).Should().Throw<ArgumentNullException>().WithParameterName("request");
        FluentActions.Invoking(() => LinkQuery.AppendTo(null!, "a=1")).Should().Throw<ArgumentNullException>().WithParameterName("link");
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

    private static string Numbered(int number) => $"https://cards.example/api/cards?page%5Bnumber%5D={number}&page%5Bsize%5D=5";
}
