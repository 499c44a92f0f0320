using System.Globalization;
using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

public sealed class FilteringTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("filter=equals(card_type,'visa')", "1,5,9")]
    [InlineData("filter[q][card_type_eq]=visa", "1,5,9")]
    [InlineData("filter[card_type]=visa", "1,5,9")]
    [InlineData("filter[ids]=2,4,11", "2,4,11")]
    [InlineData("filter[id]=3", "3")]
    [InlineData("filter[reference]=REF-007", "7")]
    [InlineData("filter[created_at_from]=2026-03-04T05:15:00Z", "9,10,11,12")]
    [InlineData("filter[created_at_to]=2026-03-04T05:09:00Z", "1,2")]
    [InlineData("filter=and(equals(card_type,'visa'),greaterThan(created_at,'2026-03-04T05:10:00Z'))", "5,9")]
    [InlineData("filter=or(equals(reference,'REF-001'),startsWith(reference,'REF-01'))", "1,10,11,12")]
    [InlineData("filter=not(equals(card_type,'visa'))&page[size]=3", "2,3,4")]
    [InlineData("filter=any(card_type,'jcb','discover')", "4,8,12")]
    [InlineData("filter=contains(first_name,'oa')", "3,8")]
    [InlineData("filter=equals(reference,null)", "")]
    [InlineData("filter=equals(card_type,'visa')&filter=equals(card_type,'master')", "1,2,5,6,9,10")]
    [InlineData("filter[q][reference_start]=REF-01", "10,11,12")]
    [InlineData("filter[q][card_type_in]=visa,master&filter[q][first_name_eq]=John", "1,6")]
    [InlineData("filter[q][first_name_or_last_name_cont]=nn", "5,10")]
    [InlineData("filter[q][card_type_not_in]=visa,master,discover", "3,7,11")]
    [InlineData("filter[q][reference_null]=false&filter[q][id_lteq]=2", "1,2")]
    [InlineData("filter[q][id_gt]=10&filter=lessThan(id,'12')", "11")]
    public async Task Filters_of_both_dialects_select_the_cards_they_name(string query, string expectedIds)
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        var ids = await Client.GetIdsAsync("/api/credit_cards?" + query);

        string.Join(',', ids).Should().Be(expectedIds);
    }

    [Fact]
    public async Task Filters_through_a_to_one_relationship_are_joined_in_sql()
    {
        var customer = CardsSeed.Customer("ann@example.com");
        await App.SeedAsync(customer);
        await App.SeedAsync(CardsSeed.Order("O-1", "placed", customerId: 1));
        await App.SeedAsync(CardsSeed.Order("O-2", "draft", customerId: 1));
        var cards = CardsSeed.Cards(3);
        cards[0].OrderId = 1;
        cards[1].OrderId = 2;
        await App.SeedAsync([.. cards]);

        (await Client.GetIdsAsync("/api/credit_cards?filter=equals(order.status,'placed')")).Should().Equal("1");
        (await Client.GetIdsAsync("/api/credit_cards?filter[q][order_status_eq]=draft")).Should().Equal("2");
        (await Client.GetIdsAsync("/api/customers?filter=has(orders,equals(status,'placed'))")).Should().Equal("1");
        (await Client.GetIdsAsync("/api/customers?filter=greaterThan(count(orders),'2')")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("filter=equals(card_type,'{0}')", "visa", "master")]
    [InlineData("filter[card_type]={0}", "visa", "master")]
    [InlineData("filter=startsWith(reference,'{0}')", "REF-00", "REF-01")]
    [InlineData("filter=contains(first_name,'{0}')", "oa", "nn")]
    [InlineData("filter=greaterThan(created_at,'{0}')", "2026-03-04T05:10:00Z", "2026-03-04T05:05:00Z")]
    [InlineData("filter=any(card_type,'{0}','jcb')", "visa", "master")]
    public async Task Filter_values_are_bound_as_parameters_so_new_values_reuse_the_same_sql(string template, string firstValue, string secondValue)
    {
        await App.SeedAsync([.. CardsSeed.Cards(12)]);

        var first = await StatementsOfAsync(string.Format(CultureInfo.InvariantCulture, template, firstValue));
        var second = await StatementsOfAsync(string.Format(CultureInfo.InvariantCulture, template, secondValue));

        second.Should().Equal(first, "only the parameter values differ, so EF Core and SQLite reuse their compiled query and statement");
        first.Should().AllSatisfy(statement => statement.Should().Contain("@").And.NotContain(firstValue));
    }

    private async Task<IReadOnlyList<string>> StatementsOfAsync(string query)
    {
        App.Sql.Reset();
        var response = await Client.GetAsync("/api/credit_cards?" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return App.Sql.Statements;
    }
}
