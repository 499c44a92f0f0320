using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using JsonApiCards.Api.Customers;
using JsonApiCards.Api.Data;
using JsonApiCards.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>
/// SQLite takes one writer at a time. The service queues its writers itself, first come first served, instead of letting
/// them sleep and poll for the lock: concurrent writes all succeed, in the order they arrived, and reads never queue.
/// </summary>
public sealed class WriteSerializationTests(JsonApiCardsApplication app) : IntegrationTest(app)
{
    private const int Writers = 16;

    // Long enough that the queued writers wait for the test rather than time out on a busy machine; no timing is asserted.
    private static readonly TimeSpan QueueingBound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sixteen_concurrent_creates_and_updates_all_succeed_in_the_order_they_arrived()
    {
        // Arrange: customers to update, and a host that notes the order its saves are served in
        var saved = new ConcurrentQueue<string>();
        await using var host = App.WithWebHostBuilder(builder => builder
            .UseSetting("Database:WriteTimeout", QueueingBound.ToString())
            .ConfigureTestServices(services => services.AddSingleton<IInterceptor>(new CustomerSaveRecorder(saved))));
        using HttpClient client = App.CreateJsonApiClientOf(host);
        var existing = new List<string>();
        for (int i = 0; i < Writers / 2; i++)
        {
            existing.Add(await client.CreateCustomerAsync($"existing{i}@example.com"));
        }

        saved.Clear();
        var gate = host.Services.GetRequiredService<FairWriteGate>();
        await gate.EnterAsync(CancellationToken.None);

        // Act: writers arrive one after another while the gate is held, alternately creating and updating a customer
        var arrivals = new List<string>();
        var responses = new List<Task<HttpResponseMessage>>();
        for (int writer = 0; writer < Writers; writer++)
        {
            string email = $"writer{writer:00}@example.com";
            arrivals.Add(email);
            responses.Add(writer % 2 == 0
                ? client.PostDocumentAsync("/api/customers", $$$$"""{"data":{"type":"customers","attributes":{"email":"{{{{email}}}}"}}}""")
                : client.PatchDocumentAsync($"/api/customers/{existing[writer / 2]}", $$$$"""{"data":{"type":"customers","id":"{{{{existing[writer / 2]}}}}","attributes":{"email":"{{{{email}}}}"}}}"""));
            await WaitUntilAsync(() => gate.Waiting == arrivals.Count);
        }

        gate.Exit();
        HttpResponseMessage[] answers = await Task.WhenAll(responses);

        // Assert
        answers.Select(answer => answer.StatusCode).Should().Equal(
            Enumerable.Range(0, Writers).Select(writer => writer % 2 == 0 ? HttpStatusCode.Created : HttpStatusCode.OK),
            "no writer met a busy database");
        saved.Should().Equal(arrivals, "the writers were served in the order they arrived");
        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(Writers / 2 + Writers / 2);
    }

    [Fact]
    public async Task Reads_go_on_while_a_write_holds_the_database()
    {
        // Arrange
        string id = await Client.CreateCustomerAsync("ann@example.com");
        var gate = App.Services.GetRequiredService<FairWriteGate>();
        await gate.EnterAsync(CancellationToken.None);
        try
        {
            // Act
            using HttpResponseMessage collection = await Client.GetAsync("/api/customers");
            using HttpResponseMessage single = await Client.GetAsync($"/api/customers/{id}");

            // Assert
            collection.StatusCode.Should().Be(HttpStatusCode.OK);
            single.StatusCode.Should().Be(HttpStatusCode.OK);
            gate.Waiting.Should().Be(0, "no read queued behind the write");
        }
        finally
        {
            gate.Exit();
        }
    }

    [Fact]
    public async Task A_write_that_waits_past_the_write_timeout_is_a_503_to_retry_and_leaves_the_queue()
    {
        // Arrange
        await using var host = App.WithWebHostBuilder(builder => builder.UseSetting("Database:WriteTimeout", "00:00:00.200"));
        using HttpClient client = App.CreateJsonApiClientOf(host);
        var gate = host.Services.GetRequiredService<FairWriteGate>();
        await gate.EnterAsync(CancellationToken.None);

        // Act
        using HttpResponseMessage response = await client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com"}}}""");

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.Should().Be(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        (await ErrorDocument.SingleAsync(response)).Code.Should().Be("DATABASE_BUSY");
        gate.Waiting.Should().Be(0);
        gate.Exit();
        (await App.CreateDbContext().Customers.CountAsync()).Should().Be(0);
        (await client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com"}}}"""))
            .StatusCode.Should().Be(HttpStatusCode.Created, "the same request succeeds once the database is free");
    }

    [Fact]
    public async Task A_refused_write_gives_back_its_turn()
    {
        // Arrange: writes refused inside their transaction, by the definition (an email another customer has) and for a missing row
        await Client.CreateCustomerAsync("ann@example.com");
        var gate = App.Services.GetRequiredService<FairWriteGate>();

        // Act
        using HttpResponseMessage taken = await Client.PostDocumentAsync("/api/customers", """{"data":{"type":"customers","attributes":{"email":"ann@example.com"}}}""");
        using HttpResponseMessage missing = await Client.PatchDocumentAsync("/api/customers/999", """{"data":{"type":"customers","id":"999","attributes":{"email":"bob@example.com"}}}""");

        // Assert: the gate is free again, at once
        taken.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var noWait = new CancellationTokenSource(TimeSpan.Zero);
        await gate.EnterAsync(noWait.Token);
        gate.Exit();
    }

    [Fact]
    public async Task Writes_abandoned_by_their_clients_at_any_moment_give_back_their_turn()
    {
        // Arrange: clients that hang up after a random moment, before, during or after their write
        var gate = App.Services.GetRequiredService<FairWriteGate>();
        var random = new Random(20261204);
        var writes = new List<Task>();

        // Act
        for (int writer = 0; writer < 200; writer++)
        {
            string body = $$$$"""{"data":{"type":"customers","attributes":{"email":"writer{{{{writer}}}}@example.com"}}}""";
            writes.Add(HangUpAfterAsync(TimeSpan.FromMilliseconds(random.Next(0, 40)), hangUp => Client.PostAsync("/api/customers", JsonApiHttp.Document(body), hangUp)));
            if (writes.Count == Writers)
            {
                await Task.WhenAll(writes);
                writes.Clear();
            }
        }

        await Task.WhenAll(writes);

        // Assert: nobody holds the gate once every client is gone
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await gate.EnterAsync(bound.Token);
        gate.Exit();
    }

    private static async Task HangUpAfterAsync(TimeSpan patience, Func<CancellationToken, Task<HttpResponseMessage>> request)
    {
        using var hangUp = new CancellationTokenSource(patience);
        try
        {
            (await request(hangUp.Token)).Dispose();
        }
        catch (OperationCanceledException)
        {
            // The client hung up.
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var bound = new CancellationTokenSource(QueueingBound);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), bound.Token);
        }
    }

    /// <summary>Notes the email of each customer a save writes, in the order the saves run.</summary>
    private sealed class CustomerSaveRecorder(ConcurrentQueue<string> saved) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            foreach (var entry in eventData.Context!.ChangeTracker.Entries<Customer>().Where(entry => entry.State is EntityState.Added or EntityState.Modified))
            {
                saved.Enqueue(entry.Entity.Email);
            }

            return ValueTask.FromResult(result);
        }
    }
}
