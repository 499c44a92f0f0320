using System.Net;
using System.Text.Json;
using JsonApiCards.Api.Tests.Support;
using static JsonApiCards.Api.Tests.Support.ModeSeeding;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// A resource reached through <c>include</c> passes its own type's scope, as primary data does: the caller works in test
/// mode, and a live-mode resource linked to a test-mode one is neither included nor named in linkage. Writes cannot link
/// across modes, so the rows are written straight to the database.
/// </summary>
public sealed class IncludedResourcesStayInScopeTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_included_order_of_another_mode_is_null_linkage_and_not_included()
    {
        await App.SeedInOrderAsync(Live(CardsSeed.Order("O-1", "placed")), CardWithOrder(1));

        var response = await Client.GetAsync("/api/credit_cards/1?include=order&fields[credit_cards]=reference,order");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task Included_orders_of_another_mode_are_left_out_of_the_linkage_and_the_included_resources()
    {
        await App.SeedInOrderAsync(CardsSeed.Customer("ann@example.com"), CardsSeed.Order("O-1", "placed", customerId: 1), Live(CardsSeed.Order("O-2", "placed", customerId: 1)));

        var response = await Client.GetAsync("/api/customers/1?include=orders&fields[customers]=email,orders&fields[orders]=number");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_list_leaves_out_the_included_orders_of_another_mode()
    {
        await App.SeedInOrderAsync(CardsSeed.Order("O-1", "placed"), Live(CardsSeed.Order("O-2", "placed")), CardWithOrder(1), CardWithOrder(2));

        using var document = await GetDocumentAsync("/api/credit_cards?include=order");

        ToOneLinkage(document, "order").Should().Equal(("1", "1"), ("2", null));
        Included(document).Should().Equal(("orders", "1"));
    }

    [Fact]
    public async Task A_list_leaves_out_the_members_of_another_mode_of_included_collections()
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            CardsSeed.Customer("bob@example.com"),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            Live(CardsSeed.Order("O-2", "placed", customerId: 1)),
            Live(CardsSeed.Order("O-3", "placed", customerId: 2)));

        using var document = await GetDocumentAsync("/api/customers?include=orders");

        ToManyLinkage(document.RootElement.GetProperty("data"), "orders").Should().Equal(("1", "1"), ("2", ""));
        Included(document).Should().Equal(("orders", "1"));
    }

    [Fact]
    public async Task A_nested_include_stops_at_the_first_resource_of_another_mode_and_costs_no_extra_statement()
    {
        // Card 1 → test order 1 → live customer 1; card 2 → live order 2 → test customer 2.
        await App.SeedInOrderAsync(
            Live(CardsSeed.Customer("ann@example.com")),
            CardsSeed.Customer("bob@example.com"),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            Live(CardsSeed.Order("O-2", "placed", customerId: 2)),
            CardWithOrder(1),
            CardWithOrder(2));
        App.Sql.Reset();

        using var document = await GetDocumentAsync("/api/credit_cards?include=order.customer");

        App.Sql.Statements.Should().HaveCount(2, "a count and one query joining the to-one includes, scoped or not");
        ToOneLinkage(document, "order").Should().Equal(("1", "1"), ("2", null));
        Included(document).Should().Equal(("orders", "1"));
        ToOneLinkage(document.RootElement.GetProperty("included"), "customer").Should().Equal(("1", (string?)null));
    }

    [Fact]
    public async Task A_collection_below_a_nested_include_leaves_out_its_members_of_another_mode()
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            Live(CardsSeed.Order("O-2", "placed", customerId: 1)),
            CardWithOrder(1));

        using var document = await GetDocumentAsync("/api/credit_cards/1?include=order.customer.orders");

        Included(document).Should().Equal(("orders", "1"), ("customers", "1"));
        var includedCustomer = document.RootElement.GetProperty("included").EnumerateArray().Where(item => item.GetProperty("type").GetString() == "customers");
        ToManyLinkage(includedCustomer, "orders").Should().Equal(("1", "1"));
    }

    [Fact]
    public async Task A_related_resource_s_include_of_another_mode_is_null_linkage_and_not_included()
    {
        await App.SeedInOrderAsync(Live(CardsSeed.Customer("ann@example.com")), CardsSeed.Order("O-1", "placed", customerId: 1), CardWithOrder(1));

        using var document = await GetDocumentAsync("/api/credit_cards/1/order?include=customer");

        document.RootElement.GetProperty("data").GetProperty("id").GetString().Should().Be("1");
        ToOneLinkage(document.RootElement.GetProperty("data"), "customer").Should().Equal(("1", (string?)null));
        Included(document).Should().BeEmpty();
    }

    private async Task<JsonDocument> GetDocumentAsync(string url)
    {
        var response = await Client.GetAsync(url);
        string body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    /// <summary>The type and id of every included resource, in document order; none when the document has no <c>included</c>.</summary>
    private static List<(string? Type, string? Id)> Included(JsonDocument document) =>
        document.RootElement.TryGetProperty("included", out JsonElement included)
            ? [.. included.EnumerateArray().Select(item => (item.GetProperty("type").GetString(), item.GetProperty("id").GetString()))]
            : [];

    /// <summary>For each primary resource: its id and the id its to-one relationship names (null for null linkage).</summary>
    private static List<(string? Id, string? Related)> ToOneLinkage(JsonDocument document, string relationship) =>
        ToOneLinkage(document.RootElement.GetProperty("data"), relationship);

    /// <summary>For each resource of an object or array that has the relationship: its id and the id the linkage names.</summary>
    private static List<(string? Id, string? Related)> ToOneLinkage(JsonElement resources, string relationship) =>
        [.. Resources(resources)
            .Where(item => item.TryGetProperty("relationships", out JsonElement relationships) && relationships.TryGetProperty(relationship, out _))
            .Select(item => (item.GetProperty("id").GetString(), LinkageOf(item, relationship) is { ValueKind: JsonValueKind.Object } data ? data.GetProperty("id").GetString() : null))];

    /// <summary>For each resource: its id and the ids its to-many relationship names, in order, comma-separated.</summary>
    private static List<(string? Id, string Related)> ToManyLinkage(IEnumerable<JsonElement> resources, string relationship) =>
        [.. resources.Select(item => (item.GetProperty("id").GetString(), string.Join(',', LinkageOf(item, relationship).EnumerateArray().Select(member => member.GetProperty("id").GetString()))))];

    private static List<(string? Id, string Related)> ToManyLinkage(JsonElement resources, string relationship) =>
        ToManyLinkage(Resources(resources), relationship);

    private static List<JsonElement> Resources(JsonElement resources) =>
        resources.ValueKind == JsonValueKind.Array ? [.. resources.EnumerateArray()] : [resources];

    private static JsonElement LinkageOf(JsonElement resource, string relationship) =>
        resource.GetProperty("relationships").GetProperty(relationship).GetProperty("data");
}
