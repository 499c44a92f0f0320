using System.Net;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Relationships;

public sealed class RelatedResourceQueryTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    /// <summary>Customer 1 with orders O-1 (placed), O-2 (draft), O-3 (placed), O-4 (placed); customer 2 with O-5 (placed); customer 3 with none.</summary>
    private async Task SeedCustomersWithOrdersAsync()
    {
        foreach (string email in new[] { "ann@example.com", "bob@example.com", "cy@example.com" })
        {
            await App.SeedAsync(CardsSeed.Customer(email));
        }

        foreach (var (number, status, customerId) in new[] { ("O-1", "placed", 1L), ("O-2", "draft", 1L), ("O-3", "placed", 1L), ("O-4", "placed", 1L), ("O-5", "placed", 2L) })
        {
            await App.SeedAsync(CardsSeed.Order(number, status, customerId: customerId, totalCents: 1000 * number[^1]));
        }
    }

    [Fact]
    public async Task A_to_many_related_endpoint_filters_sorts_pages_projects_and_includes_as_a_collection_of_the_related_type()
    {
        await SeedCustomersWithOrdersAsync();

        var response = await Client.GetAsync("/api/customers/1/orders?filter=equals(status,'placed')&sort=-number&page[size]=2&page[number]=2&fields[orders]=number,customer&include=customer&fields[customers]=email");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Theory]
    [InlineData("filter[q][status_eq]=draft", "2")]
    [InlineData("filter[q][number_in]=O-1,O-4,O-5", "1,4")]
    [InlineData("filter=greaterThan(total_amount_cents,'50000')&sort=-total_amount_cents", "4,3")]
    [InlineData("sort=status,-id", "2,4,3,1")]
    [InlineData("page[size]=3&page[number]=2", "4")]
    public async Task A_to_many_related_endpoint_takes_both_filter_dialects_sort_and_page(string query, string expectedIds)
    {
        await SeedCustomersWithOrdersAsync();

        var ids = await Client.GetIdsAsync("/api/customers/1/orders?" + query);

        string.Join(',', ids).Should().Be(expectedIds);
    }

    [Fact]
    public async Task A_to_many_related_page_costs_a_count_and_a_read()
    {
        await SeedCustomersWithOrdersAsync();
        App.Sql.Reset();

        var response = await Client.GetAsync("/api/customers/1/orders?include=customer&filter=equals(status,'placed')&page[size]=2");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        App.Sql.Statements.Should().HaveCount(2, "the count and the page, with the customer joined");
        App.Sql.Statements[^1].Should().NotContain("\"reference\" AS \"Reference\", \"c\".", "the related customer is read through the projection only");
    }

    [Fact]
    public async Task An_empty_relationship_is_an_empty_collection_and_a_missing_resource_is_a_404()
    {
        await SeedCustomersWithOrdersAsync();

        string body = await Client.GetStringAsync("/api/customers/3/orders?sort=number");
        var missing = await Client.GetAsync("/api/customers/9/orders?sort=number");

        body.Should().StartWith("{\"data\":[],\"meta\":{\"record_count\":0,\"page_count\":0},");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ErrorDocument.SingleAsync(missing)).Detail.Should().Be("There is no customers with id '9'.");
    }

    [Theory]
    [InlineData("/api/customers/1/orders?sort=email", "sort")]
    [InlineData("/api/customers/1/orders?filter[q][email_eq]=x", "filter[q][email_eq]")]
    [InlineData("/api/customers/1/orders?fields[credit_cards]=number", "fields[credit_cards]")]
    [InlineData("/api/credit_cards/1/order?page[size]=2", "page[size]")]
    [InlineData("/api/customers/1/relationships/orders?page[size]=2", "page[size]")]
    public async Task Query_parameters_are_read_for_the_related_type_and_refused_on_linkage_endpoints(string url, string parameter)
    {
        await SeedCustomersWithOrdersAsync();

        var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Parameter.Should().Be(parameter);
    }

    [Fact]
    public async Task A_query_parameter_on_a_linkage_read_is_a_400_that_points_to_the_related_resource_endpoint()
    {
        await SeedCustomersWithOrdersAsync();

        var response = await Client.GetAsync("/api/customers/1/relationships/orders?include=customer");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("400", "INVALID_QUERY_PARAMETER", "Invalid query string parameter.",
            "Relationship linkage endpoints take no query parameters; the related-resource endpoint (without /relationships) takes them.", null, "include", null));
    }

    [Fact]
    public async Task A_to_one_related_endpoint_takes_fields_and_include_of_the_related_type()
    {
        await SeedCustomersWithOrdersAsync();
        var card = CardsSeed.Cards(1)[0];
        card.OrderId = 4;
        await App.SeedAsync(card);

        var response = await Client.GetAsync("/api/credit_cards/1/order?fields[orders]=number,customer&include=customer&fields[customers]=email");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task A_to_one_related_resource_outside_the_callers_scope_is_null()
    {
        await SeedCustomersWithOrdersAsync();
        var cards = CardsSeed.Cards(1);
        cards[0].Mode = CardsMode.Live;
        await App.SeedAsync([.. cards]);
        await using (var dbContext = App.CreateDbContext())
        {
            var order = await dbContext.Orders.FindAsync(1L);
            order!.PaymentSourceId = 1;
            await dbContext.SaveChangesAsync();
        }

        string body = await Client.GetStringAsync("/api/orders/1/payment_source");
        var missing = await Client.GetAsync("/api/orders/9/payment_source");

        body.Should().StartWith("{\"data\":null,");
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
