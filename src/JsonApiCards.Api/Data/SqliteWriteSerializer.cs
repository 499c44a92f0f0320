using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Puts every write of this process through one <see cref="FairWriteGate"/>, so SQLite's write lock is never contended
/// inside the process: a transaction holds the gate from its start to its end, a save and a bulk statement
/// (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL) outside a transaction for as long as they run. Reads outside a
/// transaction never wait (WAL lets them run beside the writer). A connection already holding the gate enters again freely,
/// so a save inside a transaction does not wait for itself; closing or disposing the connection gives back whatever it
/// still held.
/// </summary>
internal sealed class SqliteWriteSerializer : IDbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
{
    private readonly FairWriteGate _gate;

    // Per connection, how many writes (a transaction, a save, a statement) hold the gate through it.
    private readonly ConcurrentDictionary<DbConnection, int> _holds = new();

    // Every write that entered through a connection, to give back exactly once whichever way it ends.
    private readonly ConcurrentDictionary<object, DbConnection> _writes = new();

    private readonly StateChangeEventHandler _exitAllOnClose;

    public SqliteWriteSerializer(FairWriteGate gate)
    {
        _gate = gate;
        _exitAllOnClose = ExitAllOnClose;
    }

    // The transaction is begun here, once the gate is held, so that a BEGIN the database refuses (locked by another process)
    // gives the turn back at once: EF Core tells no interceptor of a transaction that failed to start.
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, connection, cancellationToken);
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken));
        }
        catch
        {
            Exit(connection);
            throw;
        }
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection, connection);
        try
        {
            return InterceptionResult<DbTransaction>.SuppressWithResult(connection.BeginTransaction(eventData.IsolationLevel));
        }
        catch
        {
            Exit(connection);
            throw;
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(ConnectionOf(eventData));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(ConnectionOf(eventData));

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(ConnectionOf(eventData));

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(ConnectionOf(eventData));

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(ConnectionOf(eventData));

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ExitAsync(ConnectionOf(eventData));

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        eventData.Context is { } context ? EnterThenAsync(context.Database.GetDbConnection(), context, result, cancellationToken) : ValueTask.FromResult(result);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            Enter(context.Database.GetDbConnection(), context);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Exit(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Exit(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => ExitAsync(eventData.Context);

    public void SaveChangesCanceled(DbContextEventData eventData) => Exit(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) => ExitAsync(eventData.Context);

    // ExecuteUpdate, ExecuteDelete and raw SQL run as non-queries; outside a transaction each is a write transaction of its own.
    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        command.Transaction is null && command.Connection is { } connection ? EnterThenAsync(connection, command, result, cancellationToken) : ValueTask.FromResult(result);

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null && command.Connection is { } connection)
        {
            Enter(connection, command);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Exit(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Exit(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Exit(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) => ExitAsync(command);

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Exit(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) => ExitAsync(command);

    // A completed DbTransaction no longer knows its connection; the context does.
    private static DbConnection? ConnectionOf(TransactionEventData eventData) => eventData.Context?.Database.GetDbConnection();

    private async ValueTask<InterceptionResult<int>> EnterThenAsync(DbConnection connection, object write, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        await EnterAsync(connection, write, cancellationToken);
        return result;
    }

    private async ValueTask EnterAsync(DbConnection connection, object write, CancellationToken cancellationToken)
    {
        if (!HoldsGate(connection))
        {
            await _gate.EnterAsync(cancellationToken);
        }

        Hold(connection, write);
    }

    private void Enter(DbConnection connection, object write)
    {
        if (!HoldsGate(connection))
        {
            _gate.Enter();
        }

        Hold(connection, write);
    }

    private bool HoldsGate(DbConnection connection) => _holds.TryGetValue(connection, out int count) && count > 0;

    private void Hold(DbConnection connection, object write)
    {
        _writes[write] = connection;
        if (_holds.AddOrUpdate(connection, 1, (_, count) => count + 1) == 1)
        {
            connection.StateChange += _exitAllOnClose;
        }
    }

    private Task ExitAsync(object? write)
    {
        Exit(write);
        return Task.CompletedTask;
    }

    private void Exit(object? write)
    {
        if (write is null || !_writes.TryRemove(write, out DbConnection? connection))
        {
            return;
        }

        if (_holds.AddOrUpdate(connection, 0, (_, count) => count - 1) == 0)
        {
            _holds.TryRemove(connection, out _);
            connection.StateChange -= _exitAllOnClose;
            _gate.Exit();
        }
    }

    // Whatever a connection still holds when it closes is over: a transaction disposed without commit or rollback (an
    // exception, a client hanging up mid-write). The driver raises StateChange on every close, disposal included; EF Core's
    // ConnectionClosed does not see them all, and a turn it missed kept the gate shut for good
    // (WriteSerializationTests.Writes_abandoned_by_their_clients_at_any_moment_give_back_their_turn).
    private void ExitAllOnClose(object sender, StateChangeEventArgs change)
    {
        if (change.CurrentState == ConnectionState.Closed && sender is DbConnection connection)
        {
            ExitAll(connection);
        }
    }

    private void ExitAll(DbConnection connection)
    {
        if (!_holds.ContainsKey(connection))
        {
            return;
        }

        foreach (var (write, holder) in _writes)
        {
            if (ReferenceEquals(holder, connection))
            {
                Exit(write);
            }
        }
    }
}
