using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Records every <c>UPDATE</c> statement the service sends as its own statement (<c>ExecuteUpdate</c>) with the rows it
/// changed, in order: what <see cref="SqlStatementCounter"/>, which counts statements before they run, cannot tell.
/// </summary>
public sealed class UpdateStatementRecorder : DbCommandInterceptor
{
    private readonly List<(string Statement, int RowsAffected)> _updates = [];

    public IReadOnlyList<(string Statement, int RowsAffected)> Updates
    {
        get
        {
            lock (_updates)
            {
                return [.. _updates];
            }
        }
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal))
        {
            lock (_updates)
            {
                _updates.Add((command.CommandText, result));
            }
        }

        return base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);
    }
}
