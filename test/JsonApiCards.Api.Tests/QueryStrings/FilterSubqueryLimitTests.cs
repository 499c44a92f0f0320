using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// <c>has</c> and <c>count</c> pass through at most 5 relationships over all filters of a request
/// (<c>JsonApi:MaxFilterSubqueries</c>): each relationship is a subquery of keys that both the count and the page build,
/// so what a filter shape costs, the first time or any time, grows with their number (see FirstFilterCompilationBenchmarks).
/// Past the limit the request is a 400 FILTER_TOO_COMPLEX pointing at the function that passed it.
/// </summary>
public sealed class FilterSubqueryLimitTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("/api/credit_cards?filter=has(order.customer.orders,has(customer.orders))")]
    [InlineData("/api/customers?filter=and(has(orders,has(customer.orders)),greaterThan(count(customer_payment_sources),'0'),has(orders))")]
    [InlineData("/api/customers?include=orders&filter=has(orders,has(customer.orders))&filter[orders]=has(customer.orders)")]
    public async Task Filters_through_as_many_relationships_as_the_limit_are_answered(string url)
    {
        var customer = CardsSeed.Customer("jo@example.com");
        await App.SeedAsync(CardsSeed.Order("O-1", "placed", customer));

        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/credit_cards?filter=has(order.customer.orders,has(customer.customer_payment_sources,has(customer.orders)))", "filter", "has(customer.customer_payment_sources,^has(customer.orders)))")]
    [InlineData("/api/customers?filter=and(has(orders,has(customer.orders)),greaterThan(count(customer_payment_sources),'0'),has(orders),greaterThan(count(orders),'1'))", "filter", "greaterThan(^count(orders),'1'))")]
    [InlineData("/api/customers?include=orders&filter=has(orders,has(customer.orders))&filter[orders]=has(customer.orders,has(customer.orders))", "filter[orders]", "has(customer.orders,^has(customer.orders))")]
    public async Task A_filter_through_more_relationships_than_the_limit_is_a_400_that_states_it(string url, string parameter, string where)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("FILTER_TOO_COMPLEX");
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().Contain(where).And.EndWith(
            " — has() and count() may pass through at most 5 relationships over all filters of one request (has(order.customer.orders) passes through 3). Each is a subquery the count and the page both run: filter a related collection on its own endpoint instead.");
    }
}
