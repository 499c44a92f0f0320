using JsonApiCards.Api.Data;

namespace JsonApiCards.Api.Tests;

/// <summary>This project runs JsonApiCards.Api.Tests' suite on PostgreSQL.</summary>
internal static class TestedDatabase
{
    public static DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// Whether erased content is zeroed in the database's files at once (SQLite's <c>secure_delete</c>); PostgreSQL keeps dead
    /// row versions until VACUUM and in its write-ahead log, so the scans of the files are SQLite's promise only.
    /// </summary>
    public static bool ZeroesErasedBytes => Provider == DatabaseProvider.Sqlite;
}
