using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// What a client gets when the database itself refuses a write: a unique key a racing request got to first is a 409 naming
/// the rule; a database too busy to take the write is a 503 with <c>Retry-After</c>; nothing else is passed off as either.
/// </summary>
public sealed class DatabaseFailureTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string NewCustomer = """{"data":{"type":"customers","attributes":{"email":"ann@example.com"}}}""";

    [Fact]
    public async Task A_create_that_loses_the_race_for_a_unique_email_is_a_409_naming_the_rule_and_not_the_email()
    {
        using var client = ClientOf(App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor, SameCustomerInsertedFirst>())));

        var response = await client.PostDocumentAsync("/api/customers", NewCustomer);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("CONFLICT");
        error.Detail.Should().Be("Another record already holds this value: a customer's email is unique within its mode.");
        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(0, "the racing insert was in the refused write's transaction");
    }

    [Fact]
    public async Task A_write_while_another_process_holds_the_database_is_a_503_to_retry_and_saves_nothing()
    {
        using var client = ClientOf(App.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Cards", WaitingAtMostOneSecond())));
        await using DbConnection otherProcess = await HoldWriteLockAsync();

        var response = await client.PostDocumentAsync("/api/customers", NewCustomer);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        var error = await ErrorDocument.SingleAsync(response);
        error.Code.Should().Be("DATABASE_BUSY");
        await ExecuteAsync(otherProcess, "ROLLBACK;");

        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(0);
        (await client.PostDocumentAsync("/api/customers", NewCustomer)).StatusCode.Should().Be(HttpStatusCode.Created, "the same request succeeds once the database is free");
    }

    [Fact]
    public void Every_unique_key_of_the_schema_says_which_rule_it_keeps()
    {
        using CardsDbContext dbContext = App.CreateDbContext();
        var keys = dbContext.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetIndexes().Where(index => index.IsUnique).Select(index => index.Properties)
                .Concat(entity.GetKeys().Select(key => key.Properties).Where(properties => properties is not [{ ValueGenerated: ValueGenerated.OnAdd }]))
                .Select(properties => (Table: entity.GetTableName()!, Columns: properties.Select(property => property.GetColumnName()).ToList())))
            .ToList();

        keys.Should().HaveCountGreaterThan(5);
        keys.Where(key => UniqueKeyRules.Find(key.Table, key.Columns) is null).Should().BeEmpty("each unique key's 409 names the rule it keeps");
    }

    // SQLite waits for a lock as long as the command timeout; PostgreSQL as long as lock_timeout, then fails with 55P03.
    private string WaitingAtMostOneSecond() => TestedDatabase.IsPostgres
        ? App.ConnectionString + ";Options=-c lock_timeout=1000"
        : $"Data Source={App.DatabasePath};Pooling=False;Default Timeout=1";

    /// <summary>Another process's open transaction that holds what a new customer's insert needs.</summary>
    private async Task<DbConnection> HoldWriteLockAsync()
    {
        DbConnection otherProcess = TestedDatabase.IsPostgres
            ? new Npgsql.NpgsqlConnection(App.ConnectionString)
            : new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False");
        await otherProcess.OpenAsync();
        await ExecuteAsync(otherProcess, TestedDatabase.IsPostgres ? "BEGIN; LOCK TABLE customers IN EXCLUSIVE MODE;" : "BEGIN IMMEDIATE;");
        return otherProcess;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private HttpClient ClientOf(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        HttpClient client = host.CreateDocumentCheckedClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonApiHttp.MediaType));
        client.DefaultRequestHeaders.Authorization = App.AuthorizationFor(CardsMode.Test);
        return client;
    }

    /// <summary>Another request's customer with the same email lands in the database just before this one's INSERT.</summary>
    private sealed class SameCustomerInsertedFirst : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.ChangeTracker.Entries<Customer>().FirstOrDefault(entry => entry.State == EntityState.Added)?.Entity is { } customer)
            {
                await eventData.Context.Database.ExecuteSqlAsync(
                    $"INSERT INTO customers (mode, email, status, has_password, credentials_version, created_at, updated_at) VALUES ({customer.Mode}, {customer.Email}, 'prospect', FALSE, 0, '2026-01-01', '2026-01-01')",
                    cancellationToken);
            }

            return result;
        }
    }
}
