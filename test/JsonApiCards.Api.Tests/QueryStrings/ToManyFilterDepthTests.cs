using System.Net;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// <c>has</c> and <c>count</c> nest at most 3 deep (<c>JsonApi:MaxToManyFilterDepth</c>): each level is a correlated
/// subquery inside the one around it, and what EF Core spends compiling a filter shape it has not seen grows steeply with
/// the depth (see FirstFilterCompilationBenchmarks). A deeper filter is a 400 FILTER_TOO_COMPLEX that states the limit.
/// The relationships they pass through are limited too (<see cref="FilterSubqueryLimitTests"/>).
/// </summary>
public sealed class ToManyFilterDepthTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("customers", "has(orders,has(customer.orders,has(customer.orders,equals(status,'placed'))))")]
    [InlineData("customers", "has(orders,has(customer.orders,equals(count(customer.orders),'1')))")]
    [InlineData("credit_cards", "has(order.customer.orders,has(customer.orders))")]
    public async Task Filters_that_nest_to_many_relationships_three_deep_are_answered(string resource, string filter)
    {
        var customer = CardsSeed.Customer("jo@example.com");
        await App.SeedAsync(CardsSeed.Order("O-1", "placed", customer));

        var ids = await Client.GetIdsAsync($"/api/{resource}?filter={filter}");

        ids.Should().HaveCount(resource == "customers" ? 1 : 0);
    }

    [Fact]
    public async Task A_fourth_level_is_a_400_that_states_the_limit()
    {
        var response = await Client.GetAsync("/api/customers?filter=has(orders,has(customer.orders,has(customer.orders,has(customer.orders))))");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("/api/customers?filter=has(orders,has(customer.orders,has(customer.orders,equals(count(customer.orders),'1'))))", "filter", "equals(^count(customer.orders),'1')", "count")]
    [InlineData("/api/customers?filter=not(has(orders,has(customer.orders,has(customer.orders,has(customer.orders)))))", "filter", "has(customer.orders,^has(customer.orders)))))", "has")]
    public async Task Both_functions_count_towards_the_depth(string url, string parameter, string where, string function)
    {
        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("FILTER_TOO_COMPLEX");
        error.Parameter.Should().Be(parameter);
        error.Detail.Should().Contain(where).And.EndWith($" — has() and count() may nest at most 3 deep; this {function}() is level 4. Each level is a subquery inside the one around it: filter the related collection on its own endpoint instead.");
    }
}
