using System.Globalization;
using System.Linq.Expressions;
using System.Net;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.QueryStrings;
using JsonApiCards.JsonApi.Resources;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static JsonApiCards.Api.Tests.Support.ModeSeeding;

namespace JsonApiCards.Api.Tests.QueryStrings;

/// <summary>
/// A filter or sort that goes through a relationship sees only the related resources the caller may see, as an include
/// does: the caller works in test mode, and a live-mode resource linked to a test-mode one reads as absent (a null to-one,
/// a missing member of a to-many). Every case also runs its query through the layer without the related types' scopes and
/// requires a different answer, so a filter that ignored the scope would fail it.
/// </summary>
public sealed class FiltersThroughRelationshipsStayInScopeTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>
    /// Card 1's order is live, card 2's is in test mode, card 3 has none; both orders are placed, 10.00 EUR, of the test
    /// customer ann@example.com. Counting the live order, every positive case would also select card 1, and every
    /// case that looks for a missing order would leave it out.
    /// </summary>
    [Theory]
    [InlineData("filter=equals(order.status,'placed')", "2")]
    [InlineData("filter=equals(order.status,null)", "1,3")]
    [InlineData("filter=not(equals(order.status,'placed'))", "1,3")]
    [InlineData("filter=lessThan(order.total_amount_cents,'2000')", "2")]
    [InlineData("filter=lessOrEqual(order.total_amount_cents,'1000')", "2")]
    [InlineData("filter=greaterThan(order.total_amount_cents,'500')", "2")]
    [InlineData("filter=greaterOrEqual(order.total_amount_cents,'1000')", "2")]
    [InlineData("filter=contains(order.status,'lace')", "2")]
    [InlineData("filter=startsWith(order.number,'O-')", "2")]
    [InlineData("filter=endsWith(order.currency_code,'UR')", "2")]
    [InlineData("filter=any(order.status,'placed','draft')", "2")]
    [InlineData("filter=isType(order,orders)", "2")]
    [InlineData("filter=equals(order.customer.email,'ann@example.com')", "2")]
    [InlineData("filter=has(order.customer.orders)", "2")]
    [InlineData("filter=equals(count(order.customer.orders),'1')", "2")]
    [InlineData("filter[q][order_status_eq]=placed", "2")]
    [InlineData("filter[q][order_status_not_eq]=placed", "1,3")]
    [InlineData("filter[q][order_total_amount_cents_lt]=2000", "2")]
    [InlineData("filter[q][order_total_amount_cents_lteq]=1000", "2")]
    [InlineData("filter[q][order_total_amount_cents_gt]=500", "2")]
    [InlineData("filter[q][order_total_amount_cents_gteq]=1000", "2")]
    [InlineData("filter[q][order_status_in]=placed,draft", "2")]
    [InlineData("filter[q][order_status_not_in]=placed,draft", "1,3")]
    [InlineData("filter[q][order_number_start]=O-", "2")]
    [InlineData("filter[q][order_number_not_start]=O-", "1,3")]
    [InlineData("filter[q][order_currency_code_end]=UR", "2")]
    [InlineData("filter[q][order_currency_code_not_end]=UR", "1,3")]
    [InlineData("filter[q][order_status_cont]=lace", "2")]
    [InlineData("filter[q][order_status_not_cont]=lace", "1,3")]
    [InlineData("filter[q][order_status_null]=true", "1,3")]
    [InlineData("filter[q][order_status_not_null]=true", "2")]
    [InlineData("filter[q][order_status_present]=true", "2")]
    [InlineData("filter[q][order_status_blank]=true", "1,3")]
    [InlineData("filter[q][order_status_eq_or_null]=draft", "1,3")]
    [InlineData("filter[q][order_customer_status_eq]=prospect", "2")]
    [InlineData("sort=order.number", "1,3,2")]
    public async Task Cards_filtered_or_sorted_through_their_order_see_a_live_order_as_none(string query, string expectedIds)
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            Live(CardsSeed.Order("O-1", "placed", customerId: 1)),
            CardsSeed.Order("O-2", "placed", customerId: 1),
            CardWithOrder(1),
            CardWithOrder(2),
            CardsSeed.Cards(1)[0]);

        await ExpectIdsAsync<CreditCard>("/api/credit_cards", query, expectedIds);
    }

    /// <summary>Order 1's customer is ann@example.com in test mode, order 2's the live customer of the same email.</summary>
    [Theory]
    [InlineData("filter=equals(customer.email,'ann@example.com')", "1")]
    [InlineData("filter=equals(customer.status,null)", "2")]
    [InlineData("filter=isType(customer,customers)", "1")]
    [InlineData("filter=has(customer.orders)", "1")]
    [InlineData("filter[q][customer_status_eq]=prospect", "1")]
    [InlineData("filter[q][customer_status_null]=true", "2")]
    public async Task Orders_filtered_through_their_customer_see_a_live_customer_as_none(string query, string expectedIds)
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            Live(CardsSeed.Customer("ann@example.com")),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            CardsSeed.Order("O-2", "placed", customerId: 2));

        await ExpectIdsAsync<Order>("/api/orders", query, expectedIds);
    }

    /// <summary>
    /// Customer 1 has a live and a test order, customer 2 only a live one, customer 3 two test orders: in test mode they
    /// have 1, 0 and 2 orders, where counting live rows they would have 2, 1 and 2.
    /// </summary>
    [Theory]
    [InlineData("filter=has(orders)", "1,3")]
    [InlineData("filter=not(has(orders))", "2")]
    [InlineData("filter=has(orders,equals(status,'placed'))", "1,3")]
    [InlineData("filter=has(orders,equals(number,'O-1'))", "")]
    [InlineData("filter=equals(count(orders),'1')", "1")]
    [InlineData("filter=greaterOrEqual(count(orders),'2')", "3")]
    [InlineData("filter=lessThan(count(orders),'1')", "2")]
    [InlineData("sort=-count(orders)", "3,1,2")]
    public async Task Customers_filtered_or_sorted_by_their_orders_count_only_the_orders_in_test_mode(string query, string expectedIds)
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            CardsSeed.Customer("bo@example.com"),
            CardsSeed.Customer("cy@example.com"),
            Live(CardsSeed.Order("O-1", "placed", customerId: 1)),
            CardsSeed.Order("O-2", "placed", customerId: 1),
            Live(CardsSeed.Order("O-3", "placed", customerId: 2)),
            CardsSeed.Order("O-4", "placed", customerId: 3),
            CardsSeed.Order("O-5", "placed", customerId: 3));

        await ExpectIdsAsync<Customer>("/api/customers", query, expectedIds);
    }

    [Fact]
    public async Task A_related_collection_filtered_through_a_relationship_counts_only_resources_in_test_mode()
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            Live(CardsSeed.Order("O-2", "placed", customerId: 1)));

        await ExpectIdsAsync<Order>("/api/customers/1/orders", "filter=equals(count(customer.orders),'1')", "1", order => order.CustomerId == 1);
    }

    [Fact]
    public async Task A_filter_on_an_included_collection_counts_only_resources_in_test_mode_on_its_paths()
    {
        await App.SeedInOrderAsync(
            CardsSeed.Customer("ann@example.com"),
            CardsSeed.Order("O-1", "placed", customerId: 1),
            Live(CardsSeed.Order("O-2", "placed", customerId: 1)));

        var response = await Client.GetAsync("/api/customers/1?include=orders&filter[orders]=equals(count(customer.orders),'1')&fields[customers]=email,orders&fields[orders]=number");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_card_whose_order_is_live_is_not_found_by_the_orders_status_and_the_list_says_so_in_full()
    {
        await App.SeedInOrderAsync(Live(CardsSeed.Order("O-1", "placed")), CardsSeed.Order("O-2", "placed"), CardWithOrder(1), CardWithOrder(2));

        var response = await Client.GetAsync("/api/credit_cards?filter=equals(order.status,'placed')&fields[credit_cards]=reference,order");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task The_scope_joins_the_filter_and_sort_statements_as_a_parameter_and_adds_none()
    {
        await App.SeedInOrderAsync(CardsSeed.Customer("ann@example.com"), Live(CardsSeed.Order("O-1", "placed", customerId: 1)), CardWithOrder(1));
        App.Sql.Reset();

        (await Client.GetIdsAsync("/api/customers?filter=and(has(orders),equals(count(orders),'1'))&sort=-count(orders)")).Should().BeEmpty();
        (await Client.GetIdsAsync("/api/credit_cards?filter[q][order_status_eq]=placed&sort=order.number")).Should().BeEmpty();

        App.Sql.Statements.Should().HaveCount(3,
            "the list filtered through a to-many relationship counts while it reads its page, the other counts, finds no match and so reads no page");
        App.Sql.Statements.Should().AllSatisfy(sql => sql.Should().NotContain($"'{CardsMode.Test}'").And.NotContain($"'{CardsMode.Live}'")
            .And.MatchRegex(@"""o0?""\.""mode"" (=|<>) @", "the related type's mode comes as a parameter, so one compiled query serves both modes"));
    }

    /// <summary>
    /// Expects the ids and record count of <paramref name="path"/>?<paramref name="query"/>, and that they differ from what the
    /// same query selects among the caller's resources of <typeparamref name="TResource"/> (those <paramref name="within"/>
    /// for a related collection) when resources reached through relationships are not narrowed to the caller's mode.
    /// </summary>
    private async Task ExpectIdsAsync<TResource>(string path, string query, string expectedIds, Expression<Func<TResource, bool>>? within = null)
        where TResource : CardsResource
    {
        string[] expected = expectedIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
        string[] idsCountingLiveRows = await IdsWithoutTheRelatedScopesAsync(query, within);
        idsCountingLiveRows.Should().NotEqual(expected, "unless the live rows change the answer, the case proves nothing");

        var (ids, recordCount) = await Client.GetIdsAndRecordCountAsync(path + "?" + query);

        ids.Should().Equal(expected);
        recordCount.Should().Be(expected.Length);
    }

    /// <summary>The query run through the layer over the caller's own resources, with no scope on the resources it reaches through relationships.</summary>
    private async Task<string[]> IdsWithoutTheRelatedScopesAsync<TResource>(string query, Expression<Func<TResource, bool>>? within)
        where TResource : CardsResource
    {
        await using AsyncServiceScope scope = App.CreateCallerScope(CardsMode.Test);
        IServiceProvider services = scope.ServiceProvider;
        ResourceType type = services.GetRequiredService<ResourceGraph>().GetResourceType<TResource>();
        var definition = services.GetRequiredService<IResourceDefinition<TResource>>();
        QueryLayer layer = services.GetRequiredService<QueryStringReader>()
            .Read(QueryHelpers.ParseQuery(query), type, definition.SimpleFilters, isCollection: true, definition.DefaultSort);

        IQueryable<TResource> own = definition.OnApplyScope(services.GetRequiredService<CardsDbContext>().Set<TResource>());
        List<long> ids = await (within is null ? own : own.Where(within)).ApplyFilter(layer.Filter).ApplySort(layer.Sort, type)
            .Select(resource => resource.Id).ToListAsync();
        return [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture))];
    }
}
