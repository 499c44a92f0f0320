using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Orders;
using JsonApiCards.Api.PaymentSources;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JsonApiCards.Api.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database context and the domain services the definitions share. SQLite by default: a file beside the service,
    /// created and migrated at start-up (<c>ConnectionStrings:Cards</c> moves it). <c>Database:Provider</c> = <c>postgres</c>
    /// puts the same model on the PostgreSQL server <c>ConnectionStrings:Cards</c> names, with its own migrations.
    /// </summary>
    public static WebApplicationBuilder AddCardsData(this WebApplicationBuilder builder)
    {
        DatabaseProvider provider = DatabaseProviders.Read(builder.Configuration);
        string? connectionString = builder.Configuration.GetConnectionString("Cards");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IInterceptor, TimestampInterceptor>();
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException($"{DatabaseProviders.SettingName} is 'postgres' but ConnectionStrings:Cards is not set: name the server and database (Host=...;Database=...;Username=...).");
            }

            builder.Services.AddDbContextPool<CardsDbContext, PostgresCardsDbContext>((services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(services.GetServices<IInterceptor>())
                .AddInterceptors(SqliteNullOrdering.Instance));
            builder.Services.AddSingleton<IDatabaseFailureClassifier>(services => new PostgresFailureClassifier(() => ModelOf(services)));
            builder.Services.AddSingleton<IRowLocks, PostgresRowLocks>();
        }
        else
        {
            builder.Services.AddSingleton<IInterceptor, SecureDeleteInterceptor>();
            builder.Services.AddSqliteWriteSerialization(builder.Configuration);
            builder.Services.AddDbContextPool<CardsDbContext>((services, options) => options
                .UseSqlite(WriteSerializationServiceCollectionExtensions.WithWriteTimeout(connectionString ?? "Data Source=jsonapicards.db", builder.Configuration))
                .AddInterceptors(services.GetServices<IInterceptor>()));
            builder.Services.AddSingleton<IDatabaseFailureClassifier, SqliteFailureClassifier>();
        }

        builder.Services.AddScoped<CustomerStatusUpdater>();
        builder.Services.AddScoped<OrderNumbers>();
        builder.Services.AddScoped<CardRetention>();
        return builder;
    }

    /// <summary>
    /// Applies the provider's pending migrations before the first request; a new SQLite file is created readable by its owner only, and
    /// kept in WAL mode, where readers never wait for the writer (nor the writer for them).
    /// </summary>
    public static async Task MigrateCardsDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<CardsDbContext>().Database;
        if (database.IsSqlite())
        {
            OwnerOnlyDatabaseFile.EnsureCreated(database.GetConnectionString());
        }

        await database.MigrateAsync();
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel ModelOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CardsDbContext>().Model;
    }
}
