using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Queries;
using JsonApiCards.JsonApi.Queries.QueryableBuilding;
using JsonApiCards.JsonApi.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using static JsonApiCards.JsonApi.Tests.QueryStrings.QueryStringTestKit;

namespace JsonApiCards.JsonApi.Tests.QueryStrings.Translation;

public sealed class SqliteTranslationTests : IDisposable
{
    private readonly SeededTestDatabase _database = new();

    private TestDbContext Context => _database.Context;

    [Theory]
    [InlineData("filter=equals(card_type,'visa')")]
    [InlineData("filter=lessThan(month,'6')")]
    [InlineData("filter=greaterThan(reference,'B')")]
    [InlineData("filter=contains(holder_name,'Jo')")]
    [InlineData("filter=startsWith(reference,'A')")]
    [InlineData("filter=endsWith(reference,'1')")]
    [InlineData("filter=startsWith(holder_name,'jo')")]
    [InlineData("filter=endsWith(holder_name,'JONES')")]
    [InlineData("filter[q][holder_name_start]=Jo&filter[q][holder_name_end]=es")]
    [InlineData("filter=startsWith(holder_name,'Joan Jones and more')")]
    [InlineData("filter=any(card_type,'amex','mastercard')")]
    [InlineData("filter=equals(holder_name,null)")]
    [InlineData("filter=lessThan(expiry_year,'2028')")]
    [InlineData("filter=equals(is_default,'true')")]
    [InlineData("filter=greaterThan(created_at,'2024-01-01T00:30:00+02:00')")]
    [InlineData("filter=lessThan(created_at,closed_at)")]
    [InlineData("filter=greaterThan(balance,'99.5')")]
    [InlineData("filter=equals(order.status,'placed')")]
    [InlineData("filter=not(equals(order.status,'placed'))")]
    [InlineData("filter=equals(order.customer.first_name,'Bob')")]
    [InlineData("filter=isType(order,orders)")]
    [InlineData("filter=isType(,cards)")]
    [InlineData("filter=has(owner.orders,equals(status,'cancelled'))")]
    [InlineData("filter=has(order.customer.orders,has(cards,equals(card_type,'amex')))")]
    [InlineData("filter=has(owner.orders,has(customer.cards,has(order.cards,equals(card_type,'visa'))))")]
    [InlineData("filter=not(has(order.cards,equals(card_type,'visa')))")]
    [InlineData("filter=or(has(order.cards),not(has(order.customer.orders)))")]
    [InlineData("filter=equals(count(owner.orders),'2')")]
    [InlineData("filter=or(equals(card_type,'amex'),and(equals(month,'6'),not(equals(id,'1'))))")]
    [InlineData("filter[q][holder_name_present]=true")]
    [InlineData("filter[q][expiry_year_eq_or_null]=2027")]
    [InlineData("filter[q][card_type_not_in]=amex,mastercard")]
    public void Card_filters_translate_to_sql_and_match_linq_to_objects(string query)
    {
        // Arrange: the deepest case passes through 6 relationships, one more than the default limit allows.
        QueryLayer layer = Read(query, options: new JsonApiOptions { MaxFilterSubqueries = 6 });

        // Act
        long[] fromDatabase = [.. Context.Cards.ApplyFilter(layer.Filter).Select(card => card.Id).OrderBy(id => id)];

        // Assert
        fromDatabase.Should().Equal(CardIds(layer));
    }

    [Theory]
    [InlineData("filter=has(orders)")]
    [InlineData("filter=has(orders,has(cards,equals(card_type,'amex')))")]
    [InlineData("filter=equals(count(orders),count(cards))")]
    [InlineData("filter=not(has(orders,has(cards,equals(card_type,'amex'))))")]
    [InlineData("filter[q][first_name_or_last_name_cont]=Alice")]
    public void Customer_filters_translate_to_sql_and_match_linq_to_objects(string query)
    {
        // Arrange
        QueryLayer layer = Read(query, TestGraph.Customers);

        // Act
        long[] fromDatabase = [.. Context.Customers.ApplyFilter(layer.Filter).Select(customer => customer.Id).OrderBy(id => id)];

        // Assert
        fromDatabase.Should().Equal(CustomerIds(layer));
    }

    [Fact]
    public void Has_reads_keys_in_subqueries_that_run_once_not_for_every_row()
    {
        // Arrange
        QueryLayer layer = Read("filter=has(order.customer.orders,has(cards,equals(card_type,'amex')))");

        // Act
        string sql = Context.Cards.ApplyFilter(layer.Filter).ToQueryString();

        // Assert
        sql.Should().Contain("WHERE \"c\".\"OrderId\" IN (").And.Contain("\"o\".\"CustomerId\" IN (").And.Contain("\"c0\".\"Id\" IN (")
            .And.NotContain("EXISTS").And.NotContain("JOIN", "no level refers to a row of the level around it");
    }

    [Fact]
    public void Sorting_and_paging_translate_to_sql()
    {
        // Arrange
        QueryLayer layer = Read("sort=-count(owner.orders),order.total_amount_cents,card_type&page[size]=3");

        // Act
        long[] fromDatabase = [.. Context.Cards.FilterSortAndPage(layer).Select(card => card.Id)];

        // Assert
        fromDatabase.Should().Equal(Data.Cards.AsQueryable().FilterSortAndPage(layer).Select(card => card.Id));
        fromDatabase.Should().Equal(2, 4, 3);
    }

    [Fact]
    public void An_include_filter_predicate_filters_an_included_collection()
    {
        // Arrange
        QueryLayer layer = Read("include=orders&filter[orders]=equals(status,'placed')", TestGraph.Customers);
        var predicate = (System.Linq.Expressions.Expression<Func<Order, bool>>)FilterClauseBuilder.BuildPredicate(layer.IncludeFilters["orders"], typeof(Order), scopes: null);

        // Act
        List<Customer> customers = [.. Context.Customers.Include(customer => customer.Orders.AsQueryable().Where(predicate)).OrderBy(customer => customer.Id)];

        // Assert
        customers.Select(customer => customer.Orders.Select(order => order.Id).ToArray()).Should().BeEquivalentTo(
            new[] { new long[] { 11 }, [13], [] }, options => options.WithStrictOrdering());
    }

    public void Dispose() => _database.Dispose();
}
