namespace JsonApiCards.Api.Data;

/// <summary>
/// One writer at a time, in the order they asked: a first-in, first-out queue of waiters, each awaited with its own
/// cancellation and bounded by <see cref="DatabaseOptions.WriteTimeout"/>. SemaphoreSlim would do the exclusion but not
/// the order, and SQLite's own lock does neither: its waiters sleep and poll, and whoever polls at the right moment wins.
/// </summary>
internal sealed class FairWriteGate(TimeSpan timeout)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private bool _held;

    /// <summary>How long a writer may wait for its turn before it is refused (503).</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>The writers queued behind the one holding the gate.</summary>
    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>Waits for this writer's turn; the caller must <see cref="Exit"/> once its write is over.</summary>
    /// <exception cref="DatabaseWriteTimeoutException">The writers ahead held the gate longer than <see cref="Timeout"/>.</exception>
    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource> turn;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return;
            }

            turn = _waiters.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        try
        {
            // Real time, not the service's clock: the bound is about a client waiting, which a test's fixed clock must not stop.
            await turn.Value.Task.WaitAsync(Timeout, TimeProvider.System, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            GiveUp(turn);
            if (exception is TimeoutException)
            {
                throw new DatabaseWriteTimeoutException(Timeout, exception);
            }

            throw;
        }
    }

    /// <summary>Waits for this writer's turn, blocking the thread: for the synchronous EF Core calls only.</summary>
    public void Enter() => EnterAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Hands the gate to the writer that has waited longest, or opens it.</summary>
    public void Exit()
    {
        lock (_lock)
        {
            if (_waiters.First is { } next)
            {
                _waiters.RemoveFirst();
                next.Value.TrySetResult();
                return;
            }

            _held = false;
        }
    }

    // A waiter that stops waiting leaves the queue; if its turn came at the same moment, it passes the turn on.
    private void GiveUp(LinkedListNode<TaskCompletionSource> turn)
    {
        lock (_lock)
        {
            if (turn.List is not null)
            {
                _waiters.Remove(turn);
                return;
            }
        }

        Exit();
    }
}
