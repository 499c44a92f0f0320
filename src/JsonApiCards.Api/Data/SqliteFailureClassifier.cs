using JsonApiCards.JsonApi.Errors;
using Microsoft.Data.Sqlite;

namespace JsonApiCards.Api.Data;

/// <summary>
/// Reads SQLite's result codes: a unique or primary key violation (naming the rule it keeps) and a foreign key violation are
/// the client's conflict; a busy or locked database, after the driver's own retries for the command timeout, is worth
/// retrying, and so is a write that waited past <c>Database:WriteTimeout</c> for its turn. Every other failure (NOT NULL, CHECK, I/O, a corrupt file) is ours: unrecognised, so logged and a 500.
/// </summary>
internal sealed class SqliteFailureClassifier : IDatabaseFailureClassifier
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Constraint = 19;
    private const int ConstraintForeignKey = 787;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;
    private const string UniqueViolationPrefix = "UNIQUE constraint failed: ";

    public DatabaseFailure? Classify(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return Classify(sqlite);
            }

            if (current is DatabaseWriteTimeoutException)
            {
                return new DatabaseFailure(DatabaseFailureKind.Busy);
            }
        }

        return null;
    }

    private static DatabaseFailure? Classify(SqliteException exception) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new DatabaseFailure(DatabaseFailureKind.Busy),
        Constraint => exception.SqliteExtendedErrorCode switch
        {
            ConstraintUnique or ConstraintPrimaryKey => new DatabaseFailure(DatabaseFailureKind.UniqueViolation, UniqueKeyRules.FindByQualifiedColumns(ViolatedColumns(exception.Message))),
            ConstraintForeignKey => new DatabaseFailure(DatabaseFailureKind.ForeignKeyViolation),
            _ => null,
        },
        _ => null,
    };

    // "SQLite Error 19: 'UNIQUE constraint failed: customers.mode, customers.email'." → "customers.mode, customers.email"
    private static string ViolatedColumns(string message)
    {
        int start = message.IndexOf(UniqueViolationPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += UniqueViolationPrefix.Length;
        int end = message.IndexOf('\'', start);
        return end < 0 ? message[start..] : message[start..end];
    }
}
