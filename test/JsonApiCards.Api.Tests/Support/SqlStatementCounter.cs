using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>Counts the SQL statements the service sends, to prove a request costs a bounded number of them.</summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private readonly List<string> _statements = [];

    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public void Reset()
    {
        lock (_statements)
        {
            _statements.Clear();
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    // Bulk updates and deletes (ExecuteUpdate, ExecuteDelete) are statements too.
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count(DbCommand command)
    {
        lock (_statements)
        {
            _statements.Add(command.CommandText);
        }
    }
}
