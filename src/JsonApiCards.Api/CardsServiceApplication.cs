using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Endpoints;

namespace JsonApiCards.Api;

/// <summary>
/// The whole service as one web application: what <c>Program.cs</c> runs, and what the load benchmark hosts
/// in its own process to read allocations and SQL statements beside the requests it sends.
/// </summary>
public static class CardsServiceApplication
{
    /// <summary>Builds the service from command-line arguments; <paramref name="configure"/> may add services (tests, benchmarks) before it is built.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddCardsData();
        builder.AddCardVault();
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonApiErrors();

        app.MapJsonApiResource<CreditCard>();
        app.MapJsonApiResource<Order>();
        app.MapJsonApiResource<Customer>();
        app.MapJsonApiResource<CustomerPaymentSource>();
        return app;
    }
}
