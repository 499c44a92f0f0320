using System.Globalization;
using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// A field path joins one table per relationship, and SQLite refuses more than 64 tables in a join:
/// paths are limited to 8 relationships so that no filter or sort is a 500 or an expensive query.
/// </summary>
public sealed class FieldChainLengthTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private static readonly string EightRelationships = string.Join('.', Enumerable.Repeat("payment_source.order", 4));
    private static readonly string NineRelationships = EightRelationships + ".customer";

    [Fact]
    public async Task Paths_of_eight_relationships_filter_and_sort()
    {
        await App.SeedAsync(CardsSeed.Order("O-1", "draft"));

        (await Client.GetIdsAsync($"/api/orders?filter=equals({EightRelationships}.status,'draft')")).Should().BeEmpty();
        (await Client.GetIdsAsync($"/api/orders?filter[q][{EightRelationships.Replace('.', '_')}_status_eq]=draft")).Should().BeEmpty();
        (await Client.GetIdsAsync($"/api/orders?sort=-{EightRelationships}.status")).Should().Equal("1");
        (await Client.GetIdsAsync($"/api/orders?filter=isType({EightRelationships},orders)")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("filter=equals({0}.email,'x')", "filter", "Failed at position 8: equals(^payment_source.order.")]
    [InlineData("filter=has({0}.orders)", "filter", "Failed at position 5: has(^payment_source.order.")]
    [InlineData("sort={0}.email", "sort", "Failed at position 1: ^payment_source.order.")]
    [InlineData("filter[q][{1}_status_eq]=x", "filter[q][{1}_status_eq]", "")]
    public async Task A_path_of_more_relationships_is_a_400(string query, string parameter, string where)
    {
        string underscored = NineRelationships.Replace('.', '_');

        var response = await Client.GetAsync("/api/orders?" + string.Format(CultureInfo.InvariantCulture, query, NineRelationships, underscored));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Parameter.Should().Be(string.Format(CultureInfo.InvariantCulture, parameter, NineRelationships, underscored));
        const string Limit = "A field path may pass through at most 8 relationships.";
        if (where.Length == 0)
        {
            error.Detail.Should().Be(Limit);
        }
        else
        {
            error.Detail.Should().StartWith(where).And.EndWith(" — " + Limit);
        }
    }
}
