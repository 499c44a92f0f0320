using System.Linq.Expressions;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Filtering;

/// <summary>
/// Filters and sorts that reach other resources through relationships see only the resources in their type's scope: here
/// the caller may not see order 13 (a placed order of Bob, card 4's) nor customer 1 (Alice). Each case runs on LINQ-to-objects
/// and on SQLite, and both must agree with the expected ids, which differ from what the same query selects unscoped.
/// </summary>
public sealed class ScopeThroughRelationshipsTests : IDisposable
{
    private readonly SeededTestDatabase _database = new();

    [Theory]
    [InlineData("filter=equals(order.status,'placed')", new long[] { 1 }, new long[] { 1, 4 })]
    [InlineData("filter=equals(order.status,null)", new long[] { 3, 4 }, new long[] { 3 })]
    [InlineData("filter=not(equals(order.status,'placed'))", new long[] { 2, 3, 4 }, new long[] { 2, 3 })]
    [InlineData("filter=greaterThan(order.total_amount_cents,'1000')", new long[] { 1 }, new long[] { 1, 4 })]
    [InlineData("filter=equals(order.customer.first_name,'Bob')", new long[] { 2 }, new long[] { 2, 4 })]
    [InlineData("filter=equals(owner.last_name,'Smith')", new long[] { }, new long[] { 1, 3 })]
    [InlineData("filter=startsWith(order.status,'pl')", new long[] { 1 }, new long[] { 1, 4 })]
    [InlineData("filter=any(order.status,'placed','draft')", new long[] { 1 }, new long[] { 1, 4 })]
    [InlineData("filter=isType(order,orders)", new long[] { 1, 2 }, new long[] { 1, 2, 4 })]
    [InlineData("filter=isType(order.customer,customers)", new long[] { 2 }, new long[] { 1, 2, 4 })]
    [InlineData("filter=has(owner.orders)", new long[] { 2, 4 }, new long[] { 1, 2, 3, 4 })]
    [InlineData("filter=has(owner.orders,equals(status,'placed'))", new long[] { }, new long[] { 1, 2, 3, 4 })]
    [InlineData("filter=not(has(owner.orders))", new long[] { 1, 3 }, new long[] { })]
    [InlineData("filter=has(order.customer.orders,has(cards))", new long[] { 2 }, new long[] { 1, 2, 4 })]
    [InlineData("filter=equals(count(owner.orders),'1')", new long[] { 2, 4 }, new long[] { 1, 3 })]
    [InlineData("filter[q][order_status_eq]=placed", new long[] { 1 }, new long[] { 1, 4 })]
    [InlineData("filter[q][order_status_null]=true", new long[] { 3, 4 }, new long[] { 3 })]
    [InlineData("filter[q][order_customer_first_name_in]=Alice,Bob", new long[] { 2 }, new long[] { 1, 2, 4 })]
    public void Card_filters_through_relationships_see_only_resources_in_scope(string query, long[] expectedIds, long[] unscopedIds)
    {
        QueryLayer layer = Read(query);

        CardIds(Data.Cards.AsQueryable(), layer, scopes: null).Should().Equal(unscopedIds, "the case must tell scoped from unscoped");
        CardIds(Data.Cards.AsQueryable(), layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
        CardIds(_database.Context.Cards, layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
    }

    [Theory]
    [InlineData("filter=has(orders,greaterThan(total_amount_cents,'10000'))", new long[] { }, new long[] { 2 })]
    [InlineData("filter=greaterOrEqual(count(orders),'2')", new long[] { }, new long[] { 2 })]
    [InlineData("filter=equals(count(orders),count(cards))", new long[] { 3 }, new long[] { 2, 3 })]
    [InlineData("filter=has(orders,equals(customer.first_name,'Alice'))", new long[] { }, new long[] { 1 })]
    public void Customer_filters_through_to_many_relationships_see_only_members_in_scope(string query, long[] expectedIds, long[] unscopedIds)
    {
        QueryLayer layer = Read(query, TestGraph.Customers);

        CustomerIds(Data.Customers.AsQueryable(), layer, scopes: null).Should().Equal(unscopedIds, "the case must tell scoped from unscoped");
        CustomerIds(Data.Customers.AsQueryable(), layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
        CustomerIds(_database.Context.Customers, layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
    }

    [Theory]
    [InlineData("order.total_amount_cents", new long[] { 3, 4, 2, 1 }, new long[] { 3, 2, 1, 4 })]
    [InlineData("-order.customer.first_name", new long[] { 2, 1, 3, 4 }, new long[] { 2, 4, 1, 3 })]
    public void Card_sorts_through_to_one_relationships_read_resources_out_of_scope_as_null(string sort, long[] expectedIds, long[] unscopedIds)
    {
        QueryLayer layer = Read("sort=" + sort);

        SortedIds(Data.Cards.AsQueryable(), layer, scopes: null).Should().Equal(unscopedIds, "the case must tell scoped from unscoped");
        SortedIds(Data.Cards.AsQueryable(), layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
        SortedIds(_database.Context.Cards, layer, HiddenOrderAndCustomer).Should().Equal(expectedIds);
    }

    [Fact]
    public void A_sort_by_count_counts_only_members_in_scope()
    {
        QueryLayer layer = Read("sort=-count(orders)", TestGraph.Customers);

        SortedIds(Data.Customers.AsQueryable(), layer, scopes: null).Should().Equal(2, 1, 3);
        SortedIds(Data.Customers.AsQueryable(), layer, HiddenOrderAndCustomer).Should().Equal(1, 2, 3);
        SortedIds(_database.Context.Customers, layer, HiddenOrderAndCustomer).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void An_include_filter_on_an_included_collection_sees_its_own_paths_through_the_scopes()
    {
        QueryLayer layer = Read("include=cards&filter[cards]=equals(order.status,'placed')", TestGraph.Customers);

        var predicate = (Expression<Func<Card, bool>>)FilterClauseBuilder.BuildPredicate(layer.IncludeFilters["cards"], typeof(Card), HiddenOrderAndCustomer);

        Data.Cards.Where(predicate.Compile()).Select(card => card.Id).Should().Equal(1);
    }

    [Fact]
    public void The_scope_reaches_sql_as_parameters_in_the_same_statement()
    {
        QueryLayer layer = Read("filter=and(equals(order.status,'placed'),has(owner.orders))&sort=-order.total_amount_cents", TestGraph.Cards);

        string sql = _database.Context.Cards.FilterSortAndPage(layer, HiddenOrderAndCustomer).ToQueryString();

        string statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        statement.Should().Contain("\"o\".\"Id\" = @hiddenOrder").And.Contain("\"c0\".\"Id\" <> @hiddenCustomer").And.Contain("\"o0\".\"Id\" <> @hiddenOrder")
            .And.NotContain("13");
    }

    public void Dispose() => _database.Dispose();

    private static long[] CardIds(IQueryable<Card> cards, QueryLayer layer, ScopeFilterLookup? scopes) =>
        [.. cards.ApplyFilter(layer.Filter, scopes).Select(card => card.Id).OrderBy(id => id)];

    private static long[] CustomerIds(IQueryable<Customer> customers, QueryLayer layer, ScopeFilterLookup? scopes) =>
        [.. customers.ApplyFilter(layer.Filter, scopes).Select(customer => customer.Id).OrderBy(id => id)];

    private static long[] SortedIds<T>(IQueryable<T> resources, QueryLayer layer, ScopeFilterLookup? scopes)
        where T : IIdentifiable =>
        [.. resources.ApplySort(layer.Sort, layer.ResourceType, scopes).Select(resource => resource.Id)];

    /// <summary>
    /// Hides order 13 and customer 1. The hidden ids are captured variables, as a definition's caller values are, so EF Core
    /// sends them as parameters.
    /// </summary>
    private static LambdaExpression? HiddenOrderAndCustomer(ResourceType resourceType)
    {
        long hiddenOrder = 13;
        long hiddenCustomer = 1;
        Expression<Func<Order, bool>> orders = order => order.Id != hiddenOrder;
        Expression<Func<Customer, bool>> customers = customer => customer.Id != hiddenCustomer;

        return resourceType == TestGraph.Orders ? orders
            : resourceType == TestGraph.Customers ? customers
            : null;
    }
}
