using System.Net;
using JsonApiCards.Api.Tests.CreditCards;
using JsonApiCards.Api.Tests.Support;

namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// SIGTERM, as a platform sends it before it replaces an instance: the requests in flight finish with their answers and the
/// process exits 0, waiting for them at most <c>Host:ShutdownTimeout</c>. A request is kept in flight by a lock on the card
/// writes that the test holds from its own connection, as another process's write would.
/// </summary>
[Collection(ServiceProcessesOneAtATime.Name)]
public sealed class GracefulShutdownTests
{
    private const int SlowWrites = 3;
    private static readonly TimeSpan InFlight = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task SIGTERM_lets_the_requests_in_flight_finish_and_the_process_exit_0()
    {
        await using ServiceInstances service = await ServiceInstances.StartAsync(1);
        using HttpClient client = service.CreateJsonApiClient(0, await service.GetAccessTokenAsync(0));
        IAsyncDisposable heldLock = await service.Database.HoldCardWritesAsync();
        Task<HttpResponseMessage>[] writes = [.. Enumerable.Range(0, SlowWrites).Select(_ => client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create()))];
        await Task.Delay(InFlight);
        writes.Should().NotContain(write => write.IsCompleted, "the writes wait for the lock");

        Task<int?> exit = service[0].TerminateAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(InFlight);
        exit.IsCompleted.Should().BeFalse("the process waits for the requests in flight");
        await heldLock.DisposeAsync();

        foreach (HttpResponseMessage response in await Task.WhenAll(writes))
        {
            response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        (await exit).Should().Be(0, service.Output);
        (await service.Database.ScalarAsync("SELECT COUNT(*) FROM credit_cards")).Should().Be(SlowWrites);
    }

    [Fact]
    public async Task A_request_slower_than_Host_ShutdownTimeout_does_not_hold_the_process()
    {
        await using ServiceInstances service = await ServiceInstances.StartAsync(1, "--Host:ShutdownTimeout=00:00:01");
        using HttpClient client = service.CreateJsonApiClient(0, await service.GetAccessTokenAsync(0));
        await using IAsyncDisposable heldLock = await service.Database.HoldCardWritesAsync();
        Task<HttpResponseMessage> write = client.PostDocumentAsync("/api/credit_cards", CreditCardRequests.Create());
        await Task.Delay(InFlight);

        int? exitCode = await service[0].TerminateAsync(TimeSpan.FromSeconds(4));

        exitCode.Should().Be(0, "the process exits 1 s after SIGTERM though the write still waits for the lock\n" + service.Output);
        (await Record.ExceptionAsync(() => write)).Should().BeOfType<HttpRequestException>("the process ended before it answered");
    }
}
