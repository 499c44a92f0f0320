using System.Collections.Frozen;
using JsonApiCards.JsonApi.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Reads PostgreSQL's SQLSTATE codes as <see cref="SqliteFailureClassifier"/> reads SQLite's: a unique violation (23505,
/// naming the rule of the key the constraint enforces) and a foreign key violation (23503) are the client's conflict; a
/// serialization failure, a deadlock, a lock not available, a server refusing connections or a connection that failed
/// are worth retrying. Every other failure (NOT NULL, CHECK, syntax, a missing table) is ours: unrecognised, a 500.
/// </summary>
internal sealed class PostgresFailureClassifier(Func<IModel> model) : IDatabaseFailureClassifier
{
    private static readonly FrozenSet<string> Retryable = FrozenSet.Create(
        StringComparer.Ordinal,
        PostgresErrorCodes.SerializationFailure,
        PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.LockNotAvailable,
        PostgresErrorCodes.TooManyConnections,
        PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.AdminShutdown,
        PostgresErrorCodes.CrashShutdown);

    // PostgreSQL names the violated constraint (the index's or key's name), not its columns: the model says which those are.
    private readonly Lazy<FrozenDictionary<string, string>> _rulesByConstraint = new(() => RulesByConstraint(model()));

    public DatabaseFailure? Classify(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return Classify(postgres);
                case NpgsqlException { IsTransient: true }:
                    return new DatabaseFailure(DatabaseFailureKind.Busy);
            }
        }

        return null;
    }

    private DatabaseFailure? Classify(PostgresException exception) => exception.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => new DatabaseFailure(DatabaseFailureKind.UniqueViolation, _rulesByConstraint.Value.GetValueOrDefault(exception.ConstraintName ?? "")),
        PostgresErrorCodes.ForeignKeyViolation => new DatabaseFailure(DatabaseFailureKind.ForeignKeyViolation),
        { } code when Retryable.Contains(code) || code.StartsWith("08", StringComparison.Ordinal) => new DatabaseFailure(DatabaseFailureKind.Busy),
        _ => null,
    };

    private static FrozenDictionary<string, string> RulesByConstraint(IModel model)
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ITable table in model.GetRelationalModel().Tables)
        {
            foreach (var (name, columns) in table.UniqueConstraints.Select(key => (key.Name, key.Columns))
                .Concat(table.Indexes.Where(index => index.IsUnique).Select(index => (index.Name, index.Columns))))
            {
                if (UniqueKeyRules.Find(table.Name, columns.Select(column => column.Name)) is { } rule)
                {
                    rules[name] = rule;
                }
            }
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
