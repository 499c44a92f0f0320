using System.Linq.Expressions;
using System.Net;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using JsonApiCards.JsonApi.Definitions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.JsonApi;

public sealed class RoutingErrorTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_method_the_route_does_not_allow_is_a_405_error_document()
    {
        var response = await Client.PutAsync("/api/credit_cards/1", JsonApiHttp.Document("{}"));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task An_unknown_resource_type_is_a_404_error_document()
    {
        var response = await Client.GetAsync("/api/bank_accounts");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Snapshot.MatchAsync(response);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_error_document_without_internals()
    {
        using var failing = App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddScoped<IResourceDefinition<Customer>, ExplodingDefinition>()));
        using var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);

        var response = await client.GetAsync("/api/customers");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        string body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("secret").And.NotContain("Exception").And.NotContain("at JsonApiCards");
        await Snapshot.MatchAsync(response);
    }

    private sealed class ExplodingDefinition : JsonApiResourceDefinition<Customer>
    {
        private static readonly Expression<Func<Customer, bool>> TestMode = customer => customer.Mode == CardsMode.Test;

        public override Expression<Func<Customer, bool>>? ScopeFilter => TestMode;

        public override IQueryable<Customer> OnApplyScope(IQueryable<Customer> query) =>
            throw new InvalidOperationException("secret connection string leaked");
    }
}
