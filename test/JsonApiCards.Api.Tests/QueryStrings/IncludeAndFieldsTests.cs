using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

public sealed class IncludeAndFieldsTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task Including_order_and_its_customer_returns_each_resource_once_with_full_linkage()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        var order = CardsSeed.Order("O-1", "placed", customer, 4400);
        var cards = CardsSeed.Cards(3);
        cards[0].Order = order;
        cards[1].Order = order;
        await App.SeedAsync([customer, order, .. cards]);

        var response = await Client.GetAsync("/api/credit_cards?include=order.customer&fields[credit_cards]=reference,order&fields[customers]=email");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_page_with_nested_includes_costs_a_bounded_number_of_statements()
    {
        var customers = Enumerable.Range(1, 5).Select(index => CardsSeed.Customer($"c{index}@example.com")).ToList();
        var orders = Enumerable.Range(1, 20).Select(index => CardsSeed.Order($"O-{index}", "placed", customers[index % 5])).ToList();
        var cards = CardsSeed.Cards(25);
        for (int index = 0; index < cards.Count; index++)
        {
            cards[index].Order = orders[index % orders.Count];
        }

        await App.SeedAsync([.. customers, .. orders, .. cards]);
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/credit_cards?filter[q][card_type_in]=visa,master&sort=-created_at&page[size]=25&include=order.customer");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "a count and one query joining the to-one includes, whatever the page size");
    }

    [Fact]
    public async Task Included_collections_can_be_filtered_by_a_scoped_filter()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        await App.SeedAsync(customer, CardsSeed.Order("O-1", "placed", customer), CardsSeed.Order("O-2", "draft", customer), CardsSeed.Order("O-3", "placed", customer));

        var response = await Client.GetAsync("/api/customers/1?include=orders&filter[orders]=equals(status,'placed')");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("O-1").And.Contain("O-3").And.NotContain("O-2");
    }
}
