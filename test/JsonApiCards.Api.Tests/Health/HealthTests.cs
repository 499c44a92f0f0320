using System.Net;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace JsonApiCards.Api.Tests.Health;

/// <summary>
/// <c>/health/live</c> says the process answers; <c>/health/ready</c> that its database is reachable and fully migrated,
/// and 503 when it is not. Both answer anyone, with a small JSON body.
/// </summary>
public sealed class HealthTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const string Ready = """{"status":"Healthy","checks":{"database":"Healthy","migrations":"Healthy"}}""";

    [Fact]
    public async Task Live_answers_anyone_that_the_process_is_up()
    {
        using HttpClient anonymous = App.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync("/health/live");

        await ShouldAnswerAsync(response, HttpStatusCode.OK, """{"status":"Healthy","checks":{}}""");
    }

    [Fact]
    public async Task Ready_answers_anyone_that_the_database_is_reachable_and_migrated()
    {
        using HttpClient anonymous = App.CreateClient();

        using HttpResponseMessage response = await anonymous.GetAsync("/health/ready");

        await ShouldAnswerAsync(response, HttpStatusCode.OK, Ready);
    }

    [Fact]
    public async Task Ready_is_503_while_a_migration_is_not_applied()
    {
        // Arrange: the database as it was before the latest migration, as far as the history says
        using HttpClient anonymous = App.CreateClient();
        await using var dbContext = App.CreateDbContext();
        string latest = dbContext.Database.GetMigrations().Last();
        string productVersion = await dbContext.Database.SqlQuery<string>($"SELECT \"ProductVersion\" AS \"Value\" FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}").SingleAsync();
        await dbContext.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}");
        try
        {
            // Act
            using HttpResponseMessage response = await anonymous.GetAsync("/health/ready");

            // Assert
            await ShouldAnswerAsync(response, HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy","checks":{"database":"Healthy","migrations":"Unhealthy"}}""");
        }
        finally
        {
            await dbContext.Database.ExecuteSqlAsync($"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({latest}, {productVersion})");
        }

        await ShouldAnswerAsync(await anonymous.GetAsync("/health/ready"), HttpStatusCode.OK, Ready);
    }

    [SqliteOnlyFact("the database goes away with its folder")]
    public async Task Ready_is_503_when_the_database_cannot_be_reached()
    {
        // Arrange: a service over its own database, whose folder then goes away
        var folder = new TemporaryDirectory();
        await using var host = App.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:Cards", $"Data Source={folder.Combine("cards.db")};Pooling=False"));
        using HttpClient anonymous = host.CreateClient();
        await ShouldAnswerAsync(await anonymous.GetAsync("/health/ready"), HttpStatusCode.OK, Ready);
        folder.Dispose();

        // Act
        using HttpResponseMessage response = await anonymous.GetAsync("/health/ready");
        using HttpResponseMessage live = await anonymous.GetAsync("/health/live");

        // Assert
        await ShouldAnswerAsync(response, HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy","checks":{"database":"Unhealthy","migrations":"Unhealthy"}}""");
        live.StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is up");
    }

    [PostgresOnlyFact("SQLite has no server to stop; Ready_is_503_when_the_database_cannot_be_reached takes its file away instead")]
    public async Task Ready_is_503_while_the_database_server_refuses_connections_and_200_once_it_takes_them_again()
    {
        // Arrange: a service over its own database, without a pool that would keep connections open
        string connectionString = await PostgresCluster.CreateDatabaseAsync() + ";Pooling=False";
        await using var host = App.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Cards", connectionString));
        using HttpClient anonymous = host.CreateClient();
        await ShouldAnswerAsync(await anonymous.GetAsync("/health/ready"), HttpStatusCode.OK, Ready);

        // Act
        await PostgresCluster.SetOpenAsync(connectionString, open: false);
        using HttpResponseMessage stopped = await anonymous.GetAsync("/health/ready");
        using HttpResponseMessage live = await anonymous.GetAsync("/health/live");
        await PostgresCluster.SetOpenAsync(connectionString, open: true);
        using HttpResponseMessage restarted = await anonymous.GetAsync("/health/ready");

        // Assert
        await ShouldAnswerAsync(stopped, HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy","checks":{"database":"Unhealthy","migrations":"Unhealthy"}}""");
        live.StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is up");
        await ShouldAnswerAsync(restarted, HttpStatusCode.OK, Ready);
    }

    private static async Task ShouldAnswerAsync(HttpResponseMessage response, HttpStatusCode status, string body)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }
}
