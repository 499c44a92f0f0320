using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

/// <summary>
/// A document names at most 25 members of a to-many relationship (<c>JsonApi:MaxToManyLinkage</c>): an included collection
/// and a relationship endpoint read the first ones by id, bounded in SQL, and a relationship that holds more says
/// <c>"meta": {"truncated": true}</c>; its <c>related</c> link pages through every member.
/// </summary>
public sealed class ToManyLinkageLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private async Task SeedCustomerWithOrdersAsync(int orders)
    {
        var customer = CardsSeed.Customer("jo@example.com");
        await App.SeedAsync([customer, .. Enumerable.Range(1, orders).Select(index => (object)CardsSeed.Order($"O-{index}", "draft", customer))]);
    }

    [Fact]
    public async Task An_included_collection_of_exactly_the_limit_is_whole()
    {
        await SeedCustomerWithOrdersAsync(25);

        using JsonDocument document = JsonDocument.Parse(await Client.GetStringAsync("/api/customers/1?include=orders"));

        JsonElement orders = document.RootElement.GetProperty("data").GetProperty("relationships").GetProperty("orders");
        orders.GetProperty("data").GetArrayLength().Should().Be(25);
        orders.TryGetProperty("meta", out _).Should().BeFalse();
        document.RootElement.GetProperty("included").GetArrayLength().Should().Be(25);
    }

    [Fact]
    public async Task An_included_collection_past_the_limit_names_the_first_members_by_id_and_says_it_is_truncated()
    {
        await SeedCustomerWithOrdersAsync(26);
        App.Sql.Reset();

        using JsonDocument document = JsonDocument.Parse(await Client.GetStringAsync("/api/customers?include=orders"));

        JsonElement orders = document.RootElement.GetProperty("data")[0].GetProperty("relationships").GetProperty("orders");
        orders.GetProperty("data").EnumerateArray().Select(order => order.GetProperty("id").GetString()).Should().Equal(Enumerable.Range(1, 25).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        orders.GetProperty("meta").GetRawText().Should().Be("""{"truncated":true}""");
        orders.GetProperty("links").GetProperty("related").GetString().Should().Be("http://localhost/api/customers/1/orders");
        document.RootElement.GetProperty("included").EnumerateArray().Select(order => order.GetProperty("id").GetString()).Should().NotContain("26").And.HaveCount(25);
        App.Sql.Statements.Should().Contain(statement => statement.Contains("LIMIT", StringComparison.Ordinal) && statement.Contains("\"orders\"", StringComparison.Ordinal),
            "the members are bounded by the database, not after loading");
    }

    [Fact]
    public async Task A_relationship_endpoint_names_at_most_the_limit()
    {
        await SeedCustomerWithOrdersAsync(26);

        var response = await Client.GetAsync("/api/customers/1/relationships/orders");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("data").GetArrayLength().Should().Be(25);
        document.RootElement.GetProperty("meta").GetRawText().Should().Be("""{"truncated":true}""");
        document.RootElement.GetProperty("links").GetProperty("related").GetString().Should().Be("http://localhost/api/customers/1/orders");
        var (rest, recordCount) = await Client.GetIdsAndRecordCountAsync("/api/customers/1/orders?page[number]=2&page[size]=25");
        rest.Should().Equal("26");
        recordCount.Should().Be(26);
    }

    [Fact]
    public async Task A_relationship_endpoint_of_exactly_the_limit_is_whole()
    {
        await SeedCustomerWithOrdersAsync(25);

        using JsonDocument document = JsonDocument.Parse(await Client.GetStringAsync("/api/customers/1/relationships/orders"));

        document.RootElement.GetProperty("data").GetArrayLength().Should().Be(25);
        document.RootElement.TryGetProperty("meta", out _).Should().BeFalse();
    }
}
