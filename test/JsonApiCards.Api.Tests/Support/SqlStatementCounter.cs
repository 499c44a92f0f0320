using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JsonApiCards.Api.Tests.Support;

/// <summary>
/// Counts the SQL statements the service sends, to prove a request costs a bounded number of them. Statements read in
/// SQLite's spelling on both providers (PostgreSQL's with every identifier quoted and COUNT and SUM in capitals), so the
/// tests that look into them hold on both.
/// </summary>
public sealed partial class SqlStatementCounter : DbCommandInterceptor
{
    private readonly List<RecordedCommand> _commands = [];

    /// <summary>The statements sent, in SQLite's spelling on either provider.</summary>
    public IReadOnlyList<string> Statements => [.. Commands.Select(command => TestedDatabase.IsPostgres ? InSqliteSpelling(command.Text) : command.Text)];

    /// <summary>The commands as sent, in the provider's own spelling and with their parameters, to replay (EXPLAIN).</summary>
    public IReadOnlyList<RecordedCommand> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public void Reset()
    {
        lock (_commands)
        {
            _commands.Clear();
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
        var recorded = new RecordedCommand(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(parameter => (parameter.ParameterName, parameter.Value))]);
        lock (_commands)
        {
            _commands.Add(recorded);
        }
    }

    // Outside string literals: a lowercase word that is not a parameter (@p), a cast (::int) or a function call becomes "word".
    private static string InSqliteSpelling(string sql) => QuotedOrWord().Replace(sql, match => match.Groups["word"] switch
    {
        { Success: false } => match.Value,
        { Value: "count" or "sum" } word when sql.AsSpan(match.Index + word.Length).StartsWith("(") => word.Value.ToUpperInvariant(),
        _ when IsFunctionCall(sql, match) => match.Value,
        { } word => $"\"{word.Value}\"",
    });

    private static bool IsFunctionCall(string sql, Match match) => match.Index + match.Length < sql.Length && sql[match.Index + match.Length] == '(';

    [GeneratedRegex("""'(?:[^']|'')*'|"[^"]*"|(?<![@:\w])(?<word>[a-z_][a-z0-9_]*)\b""")]
    private static partial Regex QuotedOrWord();
}

/// <summary>A command as the service sent it: its text and its parameters' names and values.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
