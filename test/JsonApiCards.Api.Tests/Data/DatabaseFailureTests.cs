using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Adapters.Akinon;
using JsonApiCards.Api.Tests.Adapters.Ottu;
using JsonApiCards.Api.Tests.Security;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// What a client gets when the database itself refuses a write: a unique key a racing request got to first is a 409 naming
/// the rule; a database too busy to take the write (held by another process past <c>Database:WriteTimeout</c>) is a 503 with
/// <c>Retry-After</c>, in each API's own format; nothing else is passed off as either.
/// </summary>
public sealed class DatabaseFailureTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string NewCustomer = """{"data":{"type":"customers","attributes":{"email":"ann@example.com"}}}""";

    [Fact]
    public async Task A_create_that_loses_the_race_for_a_unique_email_is_a_409_naming_the_rule_and_not_the_email()
    {
        using var client = App.CreateJsonApiClientOf(App.WithWebHostBuilder(builder => builder.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor, SameCustomerInsertedFirst>())));

        var response = await client.PostDocumentAsync("/api/customers", NewCustomer);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("409", "CONFLICT", "The change conflicts with existing data.",
            "Another record already holds this value: a customer's email is unique within its mode.", null, null, null));
        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(0, "the racing insert was in the refused write's transaction");
    }

    [Fact]
    public async Task A_write_while_another_process_holds_the_database_is_a_503_to_retry_and_saves_nothing()
    {
        using var client = App.CreateJsonApiClientOf(HostWithShortWriteTimeout());
        await using DbConnection otherProcess = await HoldWriteLockAsync();

        var response = await client.PostDocumentAsync("/api/customers", NewCustomer);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        (await ErrorDocument.SingleAsync(response)).Should().Be(new ErrorDocument.ErrorItem("503", "DATABASE_BUSY", "The service is busy.",
            "The database could not take the change now; nothing was saved. Retry after 1 seconds.", null, null, null));
        await otherProcess.DisposeAsync();

        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(0);
        (await client.PostDocumentAsync("/api/customers", NewCustomer)).StatusCode.Should().Be(HttpStatusCode.Created, "the same request succeeds once the database is free");
    }

    [Fact]
    public async Task Ottu_answers_a_database_held_by_another_process_with_its_own_503()
    {
        string customerId = await Client.CreateCustomerWithReferenceAsync("owner", "owner@example.com");
        var (_, token) = await OttuRequests.SaveCardAsync(Client, customerId);
        using HttpClient ottu = HostWithShortWriteTimeout().CreateClient();
        ottu.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        ottu.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Api-Key " + await App.CreateApiKeyAsync(CardsMode.Test));
        await using var otherProcess = await HoldWriteLockAsync();

        using HttpResponseMessage response = await ottu.DeleteCardAsync(token, "customer_id=owner&type=sandbox");

        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        await response.ShouldBeOttuErrorAsync(HttpStatusCode.ServiceUnavailable, """{"detail":"The service is busy; nothing was saved. Try again in a moment."}""");
    }

    [Fact]
    public async Task Akinon_answers_a_database_held_by_another_process_with_drfs_503_in_the_clients_language()
    {
        await Client.CreateCustomerWithPasswordAsync("ann@example.com");
        using var storefront = new AkinonStorefront(HostWithShortWriteTimeout().CreateClient()) { Language = "tr" };
        (await storefront.GetAsync("/csrf_token/")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var otherProcess = await HoldWriteLockAsync();

        using HttpResponseMessage response = await storefront.SendJsonAsync(HttpMethod.Post, "/users/login/", """{"email":"ann@example.com","password":"correct horse battery"}""");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"detail":"Hizmet geçici olarak kullanılamıyor, daha sonra tekrar deneyin."}""");
    }

    [Fact]
    public async Task The_token_endpoints_answer_a_database_held_by_another_process_with_oauths_503()
    {
        var (clientId, secret) = await App.CreateApiClientAsync(CardsMode.Test, "revoking");
        using HttpClient anonymous = HostWithShortWriteTimeout().CreateClient();
        string token = await JsonApiCardsApplication.GetAccessTokenAsync(anonymous, clientId, secret);
        await using var otherProcess = await HoldWriteLockAsync();

        using HttpResponseMessage response = await anonymous.PostFormWithBasicAsync("/oauth/revoke", clientId, secret, ("token", token));

        await response.ShouldBeOAuthErrorAsync(HttpStatusCode.ServiceUnavailable, "temporarily_unavailable");
        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
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

    // A write waits a second at most: for its turn, and for the lock another process holds (on PostgreSQL, lock_timeout).
    private WebApplicationFactory<Program> HostWithShortWriteTimeout() =>
        App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:WriteTimeout", "00:00:01");
            if (TestedDatabase.IsPostgres)
            {
                builder.UseSetting("ConnectionStrings:Cards", App.ConnectionString + ";Options=-c lock_timeout=1000");
            }
        });

    /// <summary>Another process's open transaction that holds what the writes of these tests need, until it is disposed (rolled back).</summary>
    private async Task<DbConnection> HoldWriteLockAsync()
    {
        DbConnection otherProcess = TestedDatabase.IsPostgres
            ? new Npgsql.NpgsqlConnection(App.ConnectionString)
            : new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False");
        await otherProcess.OpenAsync();
        await using DbCommand holdWriteLock = otherProcess.CreateCommand();
        holdWriteLock.CommandText = TestedDatabase.IsPostgres
            ? "BEGIN; LOCK TABLE customers, customer_payment_sources, akinon_sessions, revoked_tokens IN EXCLUSIVE MODE;"
            : "BEGIN IMMEDIATE;";
        await holdWriteLock.ExecuteNonQueryAsync();
        return otherProcess;
    }

    /// <summary>Another request's customer with the same email lands in the database just before this one's INSERT.</summary>
    private sealed class SameCustomerInsertedFirst : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context?.ChangeTracker.Entries<Customer>().FirstOrDefault(entry => entry.State == EntityState.Added)?.Entity is { } customer)
            {
                await eventData.Context.Database.ExecuteSqlAsync(
                    $"INSERT INTO customers (mode, email, status, has_password, credentials_version, version, created_at, updated_at) VALUES ({customer.Mode}, {customer.Email}, 'prospect', FALSE, 0, 1, '2026-01-01', '2026-01-01')",
                    cancellationToken);
            }

            return result;
        }
    }
}
