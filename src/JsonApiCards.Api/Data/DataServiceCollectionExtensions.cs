using JsonApiCards.Api.CreditCards;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.Api.Security;
using JsonApiCards.JsonApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JsonApiCards.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>SQLite by default: a file beside the service, created and migrated at start-up (<c>ConnectionStrings:Cards</c> moves it).</summary>
    public static WebApplicationBuilder AddCardsData(this WebApplicationBuilder builder)
    {
        string connectionString = builder.Configuration.GetConnectionString("Cards") ?? "Data Source=jsonapicards.db";
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IInterceptor, TimestampInterceptor>();
        builder.Services.AddDbContextPool<CardsDbContext>((services, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));

        builder.Services.AddScoped(_ => new CallerContext());
        builder.Services.AddJsonApi<CardsDbContext>(
            graph => graph.Add<CreditCard>().Add<Order>().Add<Customer>().Add<CustomerPaymentSource>(),
            options => builder.Configuration.GetSection("JsonApi").Bind(options));
        builder.Services.AddResourceDefinition<CreditCard, CreditCardDefinition>();
        builder.Services.AddResourceDefinition<Customer, CustomerDefinition>();
        builder.Services.AddResourceDefinition<Order, OrderDefinition>();
        builder.Services.AddResourceDefinition<CustomerPaymentSource, CustomerPaymentSourceDefinition>();
        builder.Services.AddScoped<CustomerStatusUpdater>();
        builder.Services.AddScoped<OrderNumbers>();
        builder.Services.AddScoped<CardRetention>();
        return builder;
    }

    /// <summary>Applies pending migrations before the first request.</summary>
    public static async Task MigrateCardsDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CardsDbContext>().Database.MigrateAsync();
    }
}
