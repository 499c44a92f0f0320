using JsonApiCards.Api.Adapters.Akinon;
using JsonApiCards.Api.Adapters.Ottu;
using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Health;
using JsonApiCards.Api.Hosting;
using JsonApiCards.Api.OpenApi;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.RateLimits;
using JsonApiCards.Api.Security;
using JsonApiCards.Api.Vault;
using JsonApiCards.JsonApi;
using JsonApiCards.JsonApi.Endpoints;
using JsonApiCards.JsonApi.Operations;

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

        builder.Services.AddJsonApi<CardsDbContext>(
            CardsResources.Add,
            options => builder.Configuration.GetSection("JsonApi").Bind(options));
        builder.AddCardVault();
        builder.AddCardsData();
        builder.AddCardLifecycle();
        builder.AddPublicAddress();
        builder.AddCardsSecurity();
        builder.AddCardsRateLimits();
        builder.AddResponseHeaders();
        builder.AddAkinon();
        builder.AddOttu();
        builder.Services.AddProblemDetails();
        builder.AddCardsOpenApi();
        builder.AddCardsHealthChecks();
        builder.AddGracefulShutdown();
        configure?.Invoke(builder);

        var app = builder.Build();

        app.UseResponseHeaders();
        app.UsePublicAddress();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonApiErrors();
        app.UseOttuErrors();

        // The OpenAPI document and Swagger UI, for anyone: they describe the API, and hold no data.
        app.UseCardsOpenApi();
        app.UseAkinonRequests();
        app.UseAuthentication();

        // After authentication, so each credential has its own bucket; before authorization, so requests without one are limited too.
        app.UseRateLimiter();
        app.UseAuthorization();

        // Probes of the process and of its database, for anyone and never rate limited.
        app.MapHealth();

        // Integrations get their access tokens here; every resource route answers only to a caller with one.
        app.MapOAuth();

        // Maps every resource above, after checking at start-up that each has its definition and caller scope, and
        // POST /api/operations, which runs several writes to them in one transaction.
        app.MapJsonApiResources().MapAtomicOperations().RequireAuthorization(AccessPolicies.Caller).RequireRateLimiting(RateLimitPolicies.Caller);

        // The same wallets in Akinon's shape, for customers signed in with a session.
        app.MapAkinon();

        // Ottu's User Cards API over the same wallets, for callers with an API key (api-keys create).
        app.MapOttu();
        return app;
    }
}
