using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// OFFSET paging reaches at most 10 000 resources deep (<c>page[number]</c> × <c>page[size]</c>, <c>JsonApi:MaxPageOffset</c>):
/// the database reads every row before a page, so a deeper page is a 400 that points to filtering, and no paging link
/// leads past the limit.
/// </summary>
public sealed class PageDepthLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("page[number]=400&page[size]=25")]
    [InlineData("page[number]=1000")]
    [InlineData("page[number]=10000&page[size]=1")]
    public async Task A_page_that_ends_at_the_limit_is_answered(string page)
    {
        await App.SeedAsync(CardsSeed.Customer("jo@example.com"));

        (await Client.GetIdsAsync("/api/credit_cards?" + page)).Should().BeEmpty();
        (await Client.GetIdsAsync("/api/customers/1/orders?" + page)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_page_one_past_the_limit_is_a_400_that_points_to_filtering()
    {
        var response = await Client.GetAsync("/api/credit_cards?page[number]=401&page[size]=25");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("/api/credit_cards?page[number]=1001")]
    [InlineData("/api/credit_cards?page[number]=10001&page[size]=1")]
    [InlineData("/api/customers/1/orders?page[number]=402&page[size]=25")]
    public async Task Every_collection_refuses_a_page_past_the_limit(string url)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("PAGE_TOO_DEEP");
        error.Parameter.Should().Be("page[number]");
        error.Detail.Should().StartWith("page[number] × page[size] may be at most 10000;");
    }

    [Fact]
    public async Task Paging_links_stop_at_the_deepest_page_allowed_while_the_page_count_counts_every_page()
    {
        await App.SeedAsync([.. CardsSeed.Cards(30)]);
        using WebApplicationFactory<Program> shallow = App.WithWebHostBuilder(builder => builder.UseSetting("JsonApi:MaxPageOffset", "22").UseSetting("JsonApi:MaxPageSize", "5"));
        using HttpClient client = shallow.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        using JsonDocument third = JsonDocument.Parse(await client.GetStringAsync("/api/credit_cards?page[number]=3&page[size]=5"));
        using JsonDocument fourth = JsonDocument.Parse(await client.GetStringAsync("/api/credit_cards?page[number]=4&page[size]=5"));
        var beyond = await client.GetAsync("/api/credit_cards?page[number]=5&page[size]=5");

        const string Page4 = "http://localhost/api/credit_cards?page%5Bnumber%5D=4&page%5Bsize%5D=5";
        third.RootElement.GetProperty("links").GetProperty("next").GetString().Should().Be(Page4);
        third.RootElement.GetProperty("links").GetProperty("last").GetString().Should().Be(Page4);
        fourth.RootElement.GetProperty("links").TryGetProperty("next", out _).Should().BeFalse();
        fourth.RootElement.GetProperty("links").GetProperty("last").GetString().Should().Be(Page4);
        fourth.RootElement.GetProperty("meta").GetProperty("page_count").GetInt64().Should().Be(6);
        beyond.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
