using System.Net;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// A refused query parameter on a write is refused before anything is written: a 4xx must mean that nothing happened,
/// or a client that retries creates twice and one that gives up loses a change it made.
/// </summary>
public sealed class QueryParametersOnWritesTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string FilterOnWrite =
        "A write cannot be filtered: the filter would be applied after the resource was written. Filter an included collection with filter[relationship] instead.";

    /// <summary>The card seeded as card 1 is a visa: each filter is one the card does not match, in each dialect.</summary>
    public static TheoryData<string, string> FiltersOnTheWrittenResource => new()
    {
        { "filter=equals(card_type,'master')", "filter" },
        { "filter[q][card_type_eq]=master", "filter[q][card_type_eq]" },
        { "filter[card_type]=master", "filter[card_type]" },
    };

    [Theory]
    [MemberData(nameof(FiltersOnTheWrittenResource))]
    public async Task A_filter_on_a_patch_is_a_400_naming_it_and_changes_nothing(string filter, string parameter)
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);

        var response = await Client.PatchDocumentAsync($"/api/credit_cards/1?{filter}", """{"data":{"type":"credit_cards","id":"1","attributes":{"first_name":"Changed"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "400", "INVALID_QUERY_PARAMETER", "Invalid query string parameter.", FilterOnWrite, null, parameter, null));
        await using var dbContext = App.CreateDbContext();
        (await dbContext.CreditCards.SingleAsync()).FirstName.Should().Be(CardsSeed.Cards(1)[0].FirstName);
    }

    [Theory]
    [MemberData(nameof(FiltersOnTheWrittenResource))]
    public async Task A_filter_on_a_create_is_a_400_naming_it_and_creates_nothing(string filter, string parameter)
    {
        var response = await Client.PostDocumentAsync($"/api/credit_cards?{filter}", CreditCardRequests.Create());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "400", "INVALID_QUERY_PARAMETER", "Invalid query string parameter.", FilterOnWrite, null, parameter, null));
        await using var dbContext = App.CreateDbContext();
        (await dbContext.CreditCards.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_write_may_still_filter_an_included_collection()
    {
        await App.SeedAsync([CardsSeed.Order("DRAFT00001", "draft", CardsSeed.Customer("ann@example.com")), CardsSeed.Order("PLACED0001", "placed", customerId: 1)]);

        var response = await Client.PatchDocumentAsync(
            "/api/customers/1?include=orders&filter[orders]=equals(status,'placed')", """{"data":{"type":"customers","id":"1","attributes":{"reference":"R1"}}}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string patched = await response.Content.ReadAsStringAsync();
        string read = await Client.GetStringAsync("/api/customers/1?include=orders&filter[orders]=equals(status,'placed')");
        patched.Should().Be(read);
        patched.Should().Contain("PLACED0001").And.NotContain("DRAFT00001");
    }

    [Theory]
    [InlineData("filter[card_type]=master", "filter[card_type]")]
    [InlineData("include=order", "include")]
    [InlineData("foo=bar", "foo")]
    public async Task A_query_parameter_on_a_delete_is_a_400_naming_it_and_deletes_nothing(string query, string parameter)
    {
        await App.SeedAsync([.. CardsSeed.Cards(1)]);

        var response = await Client.DeleteAsync($"/api/credit_cards/1?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem(
            "400", "INVALID_QUERY_PARAMETER", "Invalid query string parameter.", "Requests that delete a resource take no query parameters.", null, parameter, null));
        await using var dbContext = App.CreateDbContext();
        (await dbContext.CreditCards.CountAsync()).Should().Be(1);
    }
}
