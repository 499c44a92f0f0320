using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Tests.Data;

/// <summary>The queue writers wait in: one at a time, first come first served, and a waiter that gives up leaves no trace.</summary>
public sealed class FairWriteGateTests
{
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Writers_get_their_turn_in_the_order_they_asked()
    {
        var gate = new FairWriteGate(Patient);
        await gate.EnterAsync(CancellationToken.None);
        var served = new List<int>();
        var writers = Enumerable.Range(1, 16).Select(writer => TakeTurnAsync(gate, writer, served)).ToList();
        gate.Waiting.Should().Be(16);

        gate.Exit();
        await Task.WhenAll(writers);

        served.Should().Equal(Enumerable.Range(1, 16));
        gate.Waiting.Should().Be(0);
    }

    [Fact]
    public async Task A_writer_that_is_cancelled_leaves_the_queue_and_the_next_one_gets_the_turn()
    {
        var gate = new FairWriteGate(Patient);
        await gate.EnterAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        Task cancelled = gate.EnterAsync(cancellation.Token).AsTask();
        Task next = gate.EnterAsync(CancellationToken.None).AsTask();

        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => cancelled).Should().ThrowAsync<OperationCanceledException>();
        gate.Waiting.Should().Be(1);
        gate.Exit();
        await next;
        next.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task A_writer_that_waits_past_the_timeout_is_refused_and_leaves_the_queue()
    {
        var gate = new FairWriteGate(TimeSpan.FromMilliseconds(50));
        await gate.EnterAsync(CancellationToken.None);

        await FluentActions.Awaiting(() => gate.EnterAsync(CancellationToken.None).AsTask()).Should().ThrowAsync<DatabaseWriteTimeoutException>();

        gate.Waiting.Should().Be(0);
        gate.Exit();
        await gate.EnterAsync(CancellationToken.None);
    }

    private static async Task TakeTurnAsync(FairWriteGate gate, int writer, List<int> served)
    {
        await gate.EnterAsync(CancellationToken.None);
        served.Add(writer);
        await Task.Yield();
        gate.Exit();
    }
}
