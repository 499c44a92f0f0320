using System.Net.Http.Headers;
using JsonApiCards.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// The real service, in memory, over its own SQLite file, with a fixed clock and fixed vault keys so that every
/// document it returns is the same on every run.
/// </summary>
public sealed class JsonApiCardsApplication : WebApplicationFactory<Program>
{
    /// <summary>The instant the clock stands at: 2026-03-04T05:06:07.089Z.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, 89, TimeSpan.Zero);

    private readonly TemporaryDirectory _databaseDirectory = new();

    public string DatabasePath => _databaseDirectory.Combine("cards.db");

    public SettableTimeProvider Clock { get; } = new(Now);

    public SqlStatementCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Cards", $"Data Source={DatabasePath};Pooling=False");
        builder.UseSetting("Vault:ActiveKeyId", "test-key-1");
        builder.UseSetting("Vault:Keys:test-key-1", Convert.ToBase64String(Enumerable.Repeat((byte)0x11, 32).ToArray()));
        builder.UseSetting("Vault:FingerprintKey", Convert.ToBase64String(Enumerable.Repeat((byte)0x22, 32).ToArray()));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Sql);
        });
    }

    /// <summary>A client that speaks JSON:API, as a client library would.</summary>
    public HttpClient CreateJsonApiClient()
    {
        HttpClient client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.api+json"));
        return client;
    }

    public CardsDbContext CreateDbContext() => Services.CreateScope().ServiceProvider.GetRequiredService<CardsDbContext>();

    /// <summary>Empties every table and restarts the ids, so each test starts from the same database.</summary>
    public async Task ResetDatabaseAsync()
    {
        _ = Server;
        await using CardsDbContext dbContext = CreateDbContext();
        await dbContext.Database.ExecuteSqlRawAsync(
            "DELETE FROM customer_payment_sources; DELETE FROM credit_cards; DELETE FROM orders; DELETE FROM customers; DELETE FROM sqlite_sequence;");
        Clock.Set(Now);
    }

    /// <summary>Adds rows straight to the database, bypassing the API.</summary>
    public async Task SeedAsync(params object[] entities)
    {
        await using CardsDbContext dbContext = CreateDbContext();
        dbContext.AddRange(entities);
        await dbContext.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _databaseDirectory.Dispose();
    }
}
